"""IMP402/IMP404 on an Express API (a named handler in a controller module, an inline
handler sending a DTO built by a serializer in another module) read by a React frontend
through an axios instance, and on a Hono app read with fetch, on revisions held in memory."""

from __future__ import annotations

from conftest import diff_result, severity_keys

SERVER = '''\
const express = require('express')
const tickets = require('./routes/tickets')

const app = express()
app.use(express.json())
app.use('/api/tickets', tickets)
app.listen(3000)
'''
ROUTES = '''\
const express = require('express')
const { list } = require('../controllers/tickets')
const { toTicketDto } = require('../dto')
const db = require('../db')

const router = express.Router()

router.get('/', list)

router.get('/:id', async (req, res) => {
  const ticket = await db.find(req.params.id)
  if (!ticket) return res.status(404).json({ error: 'not found' })
  res.json(toTicketDto(ticket))
})

module.exports = router
'''
CONTROLLER = '''\
const db = require('../db')

exports.list = async (req, res) => {
  const rows = await db.all()
  res.json(rows.map((row) => ({
    id: row.id,
    subject: row.subject,
    assignee: row.assignee_name,
  })))
}
'''
DTO = '''\
function toTicketDto(ticket) {
  return {
    id: ticket.id,
    subject: ticket.subject,
    status: ticket.status,
    assignee: ticket.assignee_name,
  }
}

module.exports = { toTicketDto }
'''
API = '''\
import axios from 'axios'

export const api = axios.create({ baseURL: import.meta.env.VITE_API ?? '/api' })
'''
TICKETS = '''\
import { api } from './api'

export async function loadBoard() {
  const { data } = await api.get('/tickets')
  return data.map((ticket) => `${ticket.subject} (${ticket.assignee})`)
}

export async function ticketStatus(id) {
  const response = await api.get(`/tickets/${id}`)
  return response.data.status
}
'''
BASE = {"server/index.js": SERVER, "server/routes/tickets.js": ROUTES,
        "server/controllers/tickets.js": CONTROLLER, "server/dto.js": DTO,
        "server/db.js": "exports.all = async () => []\nexports.find = async (id) => null\n",
        "web/src/api.js": API, "web/src/tickets.js": TICKETS}


def _run(change: dict, base: dict = BASE):
    result = diff_result(base, change, select=("IMP4",))
    assert result.exit_code in (0, 1), result.stderr
    return result


def _keys(result) -> list[tuple]:
    return severity_keys(result.findings)


def test_a_field_dropped_from_a_named_handler_breaks_the_axios_reader():
    change = {"server/controllers/tickets.js": CONTROLLER.replace("    assignee: row.assignee_name,\n", "")}
    result = _run(change)
    assert result.exit_code == 1
    assert _keys(result) == [
        ("IMP404", "server/controllers/tickets.js", 8, "error", "assignee"),
        ("IMP402", "web/src/tickets.js", 5, "error", "assignee")]


def test_a_field_dropped_from_a_serializer_in_another_module():
    change = {"server/dto.js": DTO.replace("    status: ticket.status,\n", "")}
    assert _keys(_run(change)) == [
        ("IMP404", "server/dto.js", 5, "error", "status"),
        ("IMP402", "web/src/tickets.js", 10, "error", "status")]


def test_the_literal_moved_into_a_serializer_is_silent():
    change = {"server/controllers/tickets.js": CONTROLLER.replace(
        "res.json(rows.map((row) => ({\n    id: row.id,\n    subject: row.subject,\n"
        "    assignee: row.assignee_name,\n  })))", "res.json(rows.map(toTicketDto))").replace(
        "const db = require('../db')\n", "const db = require('../db')\nconst { toTicketDto } = require('../dto')\n")}
    assert _keys(_run(change)) == []


def test_a_field_renamed_on_both_sides_warns_only_for_deployed_frontends():
    change = {"server/controllers/tickets.js": CONTROLLER.replace("    assignee:", "    owner:"),
              "web/src/tickets.js": TICKETS.replace("ticket.assignee", "ticket.owner")}
    result = _run(change)
    assert result.exit_code == 0
    assert _keys(result) == [("IMP404", "server/controllers/tickets.js", 8, "warning", "assignee")]


def test_spreads_and_handlers_that_pass_the_response_on_are_open():
    change = {"server/controllers/tickets.js": CONTROLLER.replace(
        "  res.json(rows.map((row) => ({\n    id: row.id,",
        "  res.json(rows.map((row) => ({\n    ...row,\n    id: row.id,").replace(
        "    assignee: row.assignee_name,\n", "")}
    assert _keys(_run(change)) == []
    delegated = {"server/controllers/tickets.js": CONTROLLER.replace(
        "exports.list = async (req, res) => {\n",
        "exports.list = async (req, res) => {\n  if (req.query.csv) return sendCsv(res)\n").replace(
        "    assignee: row.assignee_name,\n", "")}
    assert _keys(_run(delegated)) == []


def test_a_read_of_a_value_passed_through_an_unknown_function_is_not_followed():
    base = {**BASE, "web/src/tickets.js": TICKETS.replace(
        "return data.map((ticket) => `${ticket.subject} (${ticket.assignee})`)",
        "return normalise(data).map((ticket) => ticket.assignee)")}
    change = {"server/controllers/tickets.js": CONTROLLER.replace("    assignee: row.assignee_name,\n", "")}
    assert _keys(_run(change, base)) == []


HONO = '''\
import { Hono } from 'hono'

const app = new Hono().basePath('/api')

app.get('/profile/:id', async (c) => {
  const user = await findUser(c.req.param('id'))
  return c.json({ id: user.id, name: user.name, avatarUrl: user.avatar })
})

export default app
'''
PROFILE = '''\
export async function avatar(id) {
  const res = await fetch(`/api/profile/${id}`)
  const { avatarUrl, name } = await res.json()
  return { src: avatarUrl, alt: name }
}
'''


def test_hono_c_json_field_removed_while_fetch_destructures_it():
    base = {"api/src/index.ts": HONO, "web/src/profile.js": PROFILE}
    change = {"api/src/index.ts": HONO.replace(", avatarUrl: user.avatar", "")}
    assert _keys(_run(change, base)) == [
        ("IMP404", "api/src/index.ts", 7, "error", "avatarUrl"),
        ("IMP402", "web/src/profile.js", 3, "error", "avatarUrl")]


NEXT_ROUTE = '''\
import { NextResponse } from "next/server"
import { db } from "@/lib/db"

export async function GET() {
  const posts = await db.post.findMany()
  return NextResponse.json(posts.map((p) => ({ id: p.id, title: p.title, coverUrl: p.cover })))
}
'''
NEXT_PAGE = '''\
"use client"
import { useEffect, useState } from "react"

export default function Posts() {
  const [covers, setCovers] = useState<string[]>([])
  useEffect(() => {
    fetch("/api/posts")
      .then((r) => r.json())
      .then((posts) => setCovers(posts.map((p) => p.coverUrl)))
  }, [])
  return <div>{covers.map((c) => <img key={c} src={c} />)}</div>
}
'''


def test_nextjs_route_handler_field_removed_while_a_page_reads_it():
    base = {"next.config.js": "module.exports = {}\n", "app/api/posts/route.ts": NEXT_ROUTE,
            "app/posts/page.tsx": NEXT_PAGE, "lib/db.ts": "export const db: any = {}\n"}
    change = {"app/api/posts/route.ts": NEXT_ROUTE.replace(", coverUrl: p.cover", "")}
    assert _keys(_run(change, base)) == [
        ("IMP404", "app/api/posts/route.ts", 6, "error", "coverUrl"),
        ("IMP402", "app/posts/page.tsx", 9, "error", "coverUrl")]


def test_a_handler_wrapped_in_async_handler_is_read():
    """`const list = asyncHandler(async (req, res) => {...})` (express-async-handler)."""
    controller = ("const asyncHandler = require('express-async-handler')\nconst db = require('../db')\n\n"
                  "const list = asyncHandler(async (req, res) => {\n  const rows = await db.all()\n"
                  "  res.json(rows.map((row) => ({ id: row.id, subject: row.subject, assignee: row.assignee_name })))\n"
                  "})\n\nmodule.exports = { list }\n")
    base = {**BASE, "server/controllers/tickets.js": controller}
    change = {"server/controllers/tickets.js": controller.replace(", assignee: row.assignee_name", "")}
    assert _keys(_run(change, base)) == [
        ("IMP404", "server/controllers/tickets.js", 6, "error", "assignee"),
        ("IMP402", "web/src/tickets.js", 5, "error", "assignee")]


SPREADING = ROUTES.replace("  res.json(toTicketDto(ticket))\n",
                           "  res.json({ ...toTicketDto(ticket), history: ticket.history })\n")
READING_BOTH = TICKETS + '''
export async function ticketHistory(id) {
  const { data } = await api.get(`/tickets/${id}`)
  return [data.subject, data.history]
}
'''


def test_a_literal_spreading_a_serializer_call_sends_its_fields_and_its_own():
    """`{ ...toTicketDto(ticket), history }`: the serializer's keys, then the literal's own;
    each is judged where it is gone (a spread of anything else leaves the body open)."""
    base = {**BASE, "server/routes/tickets.js": SPREADING, "web/src/tickets.js": READING_BOTH}
    own = {"server/routes/tickets.js": SPREADING.replace("history: ticket.history", "log: ticket.history")}
    assert _keys(_run(own, base)) == [
        ("IMP404", "server/routes/tickets.js", 13, "error", "history"),
        ("IMP402", "web/src/tickets.js", 15, "error", "history")]
    spread = {"server/dto.js": DTO.replace("    subject: ticket.subject,\n", "")}
    assert _keys(_run(spread, base)) == [("IMP404", "server/dto.js", 4, "error", "subject"),
                                         ("IMP402", "web/src/tickets.js", 15, "error", "subject")]
    opened = {"server/routes/tickets.js": SPREADING.replace("...toTicketDto(ticket)", "...ticket")
              .replace("history: ticket.history", "log: ticket.history")}
    assert _keys(_run(opened, base)) == []


NESTED = '''\
const express = require('express')

const app = express()
app.get('/api/races/:id', (req, res) => {
  res.json({
    name: 'Cup',
    wind: { knots: 12, direction: 'SW' },
    standings: [{ boat: 1, place: 1 }, { boat: 2, place: 2 }],
    crews: boats.map((b) => ({ skipper: b.skipper, size: b.crew.length })),
    later: [],
  })
})
app.listen(3000)
'''
RACE_VIEW = '''\
import api from './api'

export async function raceSummary(id) {
  const { data } = await api.get(`/races/${id}`)
  return [data.wind.direction, data.standings[0].place, data.crews[0].skipper, data.later[0].x]
}
'''


def test_fields_inside_inline_objects_arrays_and_maps_of_a_response_are_judged_where_read():
    """An object literal's value written in place: an object, an array of objects, an
    inline `.map` to one; the client an axios instance its module exports as its default."""
    base = {"server/index.js": NESTED, "web/src/race.js": RACE_VIEW,
            "web/src/api.js": "import axios from 'axios'\n\nexport default axios.create({ baseURL: '/api' })\n"}
    renamed = {"server/index.js": NESTED.replace("direction: 'SW'", "heading: 'SW'").replace(
        "place: 1 }, { boat: 2, place: 2", "rank: 1 }, { boat: 2, rank: 2").replace(
        "skipper: b.skipper", "helm: b.skipper")}
    assert [key[:3] for key in _keys(_run(renamed, base))] == [
        ("IMP404", "server/index.js", 7), ("IMP404", "server/index.js", 8),
        ("IMP404", "server/index.js", 9),
        ("IMP402", "web/src/race.js", 5), ("IMP402", "web/src/race.js", 5),
        ("IMP402", "web/src/race.js", 5)]
    added = {"server/index.js": NESTED.replace("direction: 'SW'", "direction: 'SW', gusts: 20").replace(
        "place: 2 }", "place: 2, penalty: 1 }")}
    assert _keys(_run(added, base)) == []
    spread = {"server/index.js": NESTED.replace("wind: { knots: 12, direction: 'SW' }",
                                                "wind: { ...forecast, knots: 12 }")}
    assert _keys(_run(spread, base)) == []  # open: `direction` may still come from the spread


def test_an_axios_instance_commonjs_exports_as_the_module_is_a_client():
    base = {"server/index.js": NESTED, "web/src/race.js": RACE_VIEW.replace(
        "import api from './api'", "const api = require('./api')"),
            "web/src/api.js": "const axios = require('axios')\n\nmodule.exports = axios.create({ baseURL: '/api' })\n"}
    renamed = {"server/index.js": NESTED.replace("direction: 'SW'", "heading: 'SW'")}
    assert [key[:3] for key in _keys(_run(renamed, base))] == [
        ("IMP404", "server/index.js", 7), ("IMP402", "web/src/race.js", 5)]
