import type { Kiln } from '$lib/types'
import type { PageLoad } from './$types'

export const load: PageLoad = async ({ fetch }) => {
  const res = await fetch('/api/v2/kilns')
  const kilns: Kiln[] = await res.json()
  return { kilns }
}
