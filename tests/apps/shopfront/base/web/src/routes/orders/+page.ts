import type { PageLoad } from './$types'

export const load: PageLoad = async ({ fetch }) => {
  const res = await fetch('/api/orders', { headers: { 'x-user-id': 'demo-user' } })
  const orders = await res.json()
  return {
    rows: orders.map((o) => ({
      id: o.id,
      status: o.status,
      total: o.totalCents,
      placedAt: o.placedAt,
    })),
  }
}
