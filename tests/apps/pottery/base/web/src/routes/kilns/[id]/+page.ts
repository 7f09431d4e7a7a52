import { error } from '@sveltejs/kit'
import type { Kiln } from '$lib/types'
import type { PageLoad } from './$types'

export const load: PageLoad = async ({ fetch, params }) => {
  const res = await fetch(`/api/kilns/${params.id}`)
  if (!res.ok) error(res.status, 'Kiln not found')
  const kiln: Kiln = await res.json()
  return { kiln }
}
