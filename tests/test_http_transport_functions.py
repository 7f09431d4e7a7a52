"""A module-level transport function (`send(method, url, body)` calling `fetch(url, { method,
body: JSON.stringify(body) })`): each call of it, in its module or through an import, is a
request with the method and body it passes; what the callers get is what the transport
returns (the body after `response.json()`, else the response). React Query's `useMutation({
onSuccess: (data) => ... })` reads the data."""

from __future__ import annotations

from conftest import selected_keys

SERVER = """\
import express from 'express'

const app = express()

app.get('/api/parcels', (req, res) => {
  res.json([{ id: 1, weightKg: 2 }])
})

app.post('/api/parcels/:id/dispatch', (req, res) => {
  res.json({ id: 1, courier: 'bike' })
})

app.listen(3000)
"""
API = """\
async function send(method, url, body) {
  const response = await fetch(url, { method, body: body === undefined ? undefined : JSON.stringify(body) })
  return response.json()
}

export const listParcels = () => send('GET', '/api/parcels')
export const dispatch = (id) => send('POST', `/api/parcels/${id}/dispatch`, { by: 'bike' })
"""
VIEW = """\
import { useMutation, useQuery } from '@tanstack/react-query'
import { dispatch, listParcels } from './api'

export function Parcels() {
  const { data = [] } = useQuery({ queryKey: ['parcels'], queryFn: listParcels })
  const go = useMutation({ mutationFn: (id) => dispatch(id), onSuccess: (parcel) => alert(parcel.courier) })
  return data.map((p) => p.weightKg)
}
"""
BASE = {"server/app.js": SERVER, "web/api.js": API, "web/Parcels.jsx": VIEW}


def _keys(change, base=BASE):
    return sorted(key[:4] for key in selected_keys(base, change, ("IMP401", "IMP402")))


def test_calls_of_a_transport_function_are_requests():
    renamed = {"server/app.js": SERVER.replace("/:id/dispatch", "/:id/ship")}
    assert _keys(renamed) == [("IMP401", "web/api.js", 7, "error")]
    dropped = {"server/app.js": SERVER.replace("{ id: 1, weightKg: 2 }", "{ id: 1 }")}
    assert _keys(dropped) == [("IMP402", "web/Parcels.jsx", 7, "error")]


def test_a_mutations_on_success_reads_its_data():
    dropped = {"server/app.js": SERVER.replace("{ id: 1, courier: 'bike' }", "{ id: 1 }")}
    assert _keys(dropped) == [("IMP402", "web/Parcels.jsx", 6, "error")]


def test_a_transport_returning_the_response_gives_no_body_to_read():
    raw = dict(BASE, **{"web/api.js": API.replace("  return response.json()", "  return response")})
    dropped = {"server/app.js": SERVER.replace("{ id: 1, weightKg: 2 }", "{ id: 1 }")}
    assert _keys(dropped, raw) == []
    renamed = {"server/app.js": SERVER.replace("/:id/dispatch", "/:id/ship")}
    assert _keys(renamed, raw) == [("IMP401", "web/api.js", 7, "error")]


QUERY_CLIENT = """\
export async function apiRequest(method: string, url: string, data?: unknown): Promise<Response> {
  const res = await fetch(url, {
    method,
    headers: data ? { 'Content-Type': 'application/json' } : {},
    body: data ? JSON.stringify(data) : undefined,
  })
  if (!res.ok) throw new Error(res.statusText)
  return res
}
"""
CONTACT = """\
import { apiRequest } from './queryClient'

export async function send(name: string) {
  const res = await apiRequest('POST', '/api/parcels/7/dispatch', { name })
  const parcel = await res.json()
  return parcel.courier
}
"""


def test_an_imported_transport_returning_the_response():
    base = {"server/app.js": SERVER, "web/queryClient.ts": QUERY_CLIENT, "web/contact.ts": CONTACT}
    renamed = {"server/app.js": SERVER.replace("/:id/dispatch", "/:id/ship")}
    assert _keys(renamed, base) == [("IMP401", "web/contact.ts", 4, "error")]
    dropped = {"server/app.js": SERVER.replace("{ id: 1, courier: 'bike' }", "{ id: 1 }")}
    assert _keys(dropped, base) == [("IMP402", "web/contact.ts", 6, "error")]
