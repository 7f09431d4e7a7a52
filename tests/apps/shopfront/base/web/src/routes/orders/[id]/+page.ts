import { error } from '@sveltejs/kit'
import type { OrderSummary } from '$lib/api'
import type { PageLoad } from './$types'

export const load: PageLoad = async ({ fetch, params }) => {
  const res = await fetch(`/api/orders/${params.id}`, { headers: { 'x-user-id': 'demo-user' } })
  if (res.status === 404) error(404, 'Order not found')
  const order: OrderSummary = await res.json()
  return { order }
}
