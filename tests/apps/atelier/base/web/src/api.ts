import type { Booking, Workshop } from './types'

const API = '/api'

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(`${API}${path}`)
  if (!response.ok) throw new Error(`${response.status}`)
  return response.json()
}

export function fetchWorkshops(): Promise<Workshop[]> {
  return getJson<Workshop[]>('/workshops')
}

export async function joinWaitlist(id: number): Promise<Workshop> {
  const response = await fetch(`${API}/workshops/${id}/waitlist`, { method: 'POST' })
  return response.json()
}

export async function bookWorkshop(workshopId: number, name: string): Promise<Booking> {
  const response = await fetch(`${API}/bookings`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ workshop_id: workshopId, name }),
  })
  return response.json()
}

export async function cancelBooking(id: number): Promise<void> {
  await fetch(`${API}/bookings/${id}`, { method: 'DELETE' })
}
