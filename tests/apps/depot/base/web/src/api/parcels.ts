import type { Parcel, Stats } from './types'

async function send<T>(method: string, url: string, body?: unknown): Promise<T> {
  const response = await fetch(url, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status}`)
  return response.json()
}

export const listParcels = () => send<Parcel[]>('GET', '/api/parcels')
export const getStats = () => send<Stats>('GET', '/api/stats')
export const createParcel = (recipient: string, weightKg: number) =>
  send<Parcel>('POST', '/api/parcels', { recipient, weightKg })
export const dispatchParcel = (id: number, courier: string) =>
  send<Parcel>('POST', `/api/parcels/${id}/dispatch`, { courier })
