"""Shapes found by the incident-shaped applications (tests/apps/, test_apps.py), each reduced
to the smallest revisions that show it, held in memory."""

from __future__ import annotations

from conftest import diff_keys, diff_result

# -- `await f<T>(x)`: tree-sitter-typescript reads the await inside the callee -------------

AXIOS_CLIENT = '''\
import axios from 'axios'

export const api = axios.create({ baseURL: '/api' })
'''
TYPED_CALLS = '''\
import { api } from './client'
import type { Ticket } from './types'

export async function closeTicket(id: number): Promise<Ticket> {
  const { data } = await api.post<Ticket>(`/tickets/${id}/close/`, {})
  return data
}

export async function ticketSubject(id: number): Promise<string> {
  const { data } = await api.get<Ticket>(`/tickets/${id}/`)
  return data.subject
}
'''
EXPRESS = '''\
const express = require('express')
const app = express()
app.post('/api/tickets/:id/close', (req, res) => res.json({ id: req.params.id }))
app.get('/api/tickets/:id', (req, res) => res.json({ id: req.params.id, subject: 'x' }))
app.listen(3000)
'''
TYPED_BASE = {"server.js": EXPRESS, "web/src/client.ts": AXIOS_CLIENT,
              "web/src/types.ts": "export interface Ticket { id: number; subject: string }\n",
              "web/src/tickets.ts": TYPED_CALLS}


def _http(base: dict, change: dict) -> list[tuple]:
    result = diff_result(base, change, select=("IMP4",))
    assert result.exit_code in (0, 1), result.stderr
    return [(f["code"], f["file"], f["line"], f["severity"]) for f in result.findings]


def test_an_awaited_request_with_type_arguments_is_a_request():
    """`await api.post<Ticket>(url)` (tree-sitter-typescript#282 reads it as a call of
    `await api.post`) is the request its URL says."""
    change = {"server.js": EXPRESS.replace("'/api/tickets/:id/close'", "'/api/tickets/:id/resolve'")}
    assert _http(TYPED_BASE, change) == [
        ("IMP403", "server.js", 3, "error"),
        ("IMP401", "web/src/tickets.ts", 5, "error"),
    ]


def test_the_body_of_an_awaited_request_with_type_arguments_is_read():
    change = {"server.js": EXPRESS.replace("subject: 'x'", "title: 'x'")}
    assert _http(TYPED_BASE, change) == [
        ("IMP404", "server.js", 4, "error"),
        ("IMP402", "web/src/tickets.ts", 11, "error"),
    ]


def test_an_awaited_call_with_type_arguments_is_checked_against_its_signature():
    base = {"lib.ts": "export async function load<T>(key: string): Promise<T> {\n"
                      "  return JSON.parse(localStorage.getItem(key) ?? 'null') as T\n}\n",
            "app.ts": "import { load } from './lib'\n\nexport async function start() {\n"
                      "  const user = await load<string>('user')\n  return user\n}\n"}
    change = {"lib.ts": base["lib.ts"].replace("(key: string)", "(store: Storage, key: string)")}
    assert diff_keys(base, change) == [("IMP202", "app.ts", 4, "load")]
