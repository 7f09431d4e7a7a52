import type { Product } from '$lib/api'
import type { PageLoad } from './$types'

export const load: PageLoad = async ({ fetch }) => {
  const res = await fetch('/api/products/featured')
  const featured: Product[] = await res.json()
  return { featured }
}
