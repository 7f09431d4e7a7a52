import type { Firing } from '$lib/types'
import type { PageLoad } from './$types'

export const load: PageLoad = async ({ fetch }) => {
  const firings: Firing[] = await (await fetch('/api/v2/firings')).json()
  return { firings }
}
