"""zod object schemas as request bodies: `Schema.parse(req.body)` opening an Express handler (or
the `try` opening it) requires the schema's keys without `.optional()`, `.nullish()`,
`.default()` or `.catch()`."""

from __future__ import annotations

from conftest import selected_keys

SCHEMAS = """\
import { z } from 'zod'

export const CreateParcel = z.object({
  recipient: z.string().min(1),
  fragile: z.boolean().optional(),
})

export const Loose = z.object({ note: z.string().optional() }).partial()
"""
ROUTES = """\
import express from 'express'
import { CreateParcel, Loose } from './schemas.js'

const app = express()

app.post('/api/parcels', (req, res) => {
  const body = CreateParcel.parse(req.body)
  res.status(201).json({ id: 1, recipient: body.recipient })
})

app.post('/api/notes', (req, res) => {
  const note = Loose.parse(req.body)
  res.json(note)
})

app.post('/api/drafts', (req, res) => {
  const result = CreateParcel.safeParse(req.body)
  if (!result.success) return res.status(400).end()
  res.json({ ok: true })
})

app.post('/api/labels', async (req, res) => {
  try {
    const label = CreateParcel.parse(req.body)
    res.json({ id: 2, recipient: label.recipient })
  } catch (error) {
    res.status(400).json({ message: 'invalid' })
  }
})

app.listen(3000)
"""
WEB = """\
export function create(recipient) {
  return fetch('/api/parcels', { method: 'POST', body: JSON.stringify({ recipient }) })
}

export function note() {
  return fetch('/api/notes', { method: 'POST', body: JSON.stringify({}) })
}

export function label(recipient) {
  return fetch('/api/labels', { method: 'POST', body: JSON.stringify({ recipient }) })
}

export function draft(recipient) {
  return fetch('/api/drafts', { method: 'POST', body: JSON.stringify({ recipient }) })
}
"""
BASE = {"server/schemas.ts": SCHEMAS, "server/app.ts": ROUTES, "web/api.js": WEB}


def _keys(change):
    return sorted(key[:4] for key in selected_keys(BASE, change, ("IMP405",)))


def test_a_key_of_a_parsed_schema_now_required():
    required = {"server/schemas.ts": SCHEMAS.replace("fragile: z.boolean().optional(),", "fragile: z.boolean(),")}
    assert _keys(required) == [("IMP405", "web/api.js", 2, "error"),  # and in a `try`:
                               ("IMP405", "web/api.js", 10, "error")]


def test_a_default_a_reshaped_schema_and_safe_parse_require_nothing():
    defaulted = {"server/schemas.ts": SCHEMAS.replace("fragile: z.boolean().optional(),",
                                                      "fragile: z.boolean().default(false),")}
    assert _keys(defaulted) == []
    reshaped = {"server/schemas.ts": SCHEMAS.replace("note: z.string().optional()", "note: z.string()")}
    assert _keys(reshaped) == []
