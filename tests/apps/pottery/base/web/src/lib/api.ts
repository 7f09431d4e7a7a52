import type { Firing, Kiln, NewFiring } from './types'

const JSON_HEADERS = { 'Content-Type': 'application/json' }

export async function ventKiln(kilnId: number): Promise<Kiln> {
  const res = await fetch(`/api/v2/kilns/${kilnId}/vent`, { method: 'POST' })
  return res.json()
}

export async function startFiring(firing: NewFiring): Promise<Firing> {
  const res = await fetch('/api/v2/firings', {
    method: 'POST',
    headers: JSON_HEADERS,
    body: JSON.stringify(firing),
  })
  return res.json()
}
