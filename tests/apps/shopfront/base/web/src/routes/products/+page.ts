import type { Product } from '$lib/api'
import type { PageLoad } from './$types'

export const load: PageLoad = async ({ fetch }) => {
  const products: Product[] = await (await fetch('/api/products')).json()
  return { products }
}
