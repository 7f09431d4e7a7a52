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


# -- a fetch wrapper that forwards its caller's options ------------------------------------

WRAPPER = '''\
const API_BASE = import.meta.env.VITE_API_BASE ?? '/api'

export async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${API_BASE}${path}`, {
    ...init,
    headers: { 'Content-Type': 'application/json', ...init.headers },
  })
  return response.json() as Promise<T>
}
'''
PROJECTS = '''\
import { request } from './http'

export function archiveProject(id: string) {
  return request(`/projects/${id}/archive`, { method: 'PATCH' })
}

export function fetchProjects() {
  return request('/projects')
}
'''
PROJECT_ROUTES = '''\
const express = require('express')
const app = express()
app.get('/api/projects', (req, res) => res.json([]))
app.patch('/api/projects/:id/archive', (req, res) => res.json({ id: req.params.id }))
app.listen(3000)
'''
WRAPPED_BASE = {"server.js": PROJECT_ROUTES, "web/src/http.ts": WRAPPER, "web/src/projects.ts": PROJECTS}


def test_a_wrapper_that_spreads_its_callers_options_sends_their_method():
    """`fetch(url, { ...init, headers })` in the wrapper: `{ method: 'PATCH' }` given by the
    caller is the method sent, so a route that became a POST leaves the call unserved."""
    change = {"server.js": PROJECT_ROUTES.replace("app.patch(", "app.post(")}
    assert _http(WRAPPED_BASE, change) == [
        ("IMP403", "server.js", 4, "error"),
        ("IMP401", "web/src/projects.ts", 4, "error"),
    ]


def test_a_wrapper_that_passes_its_callers_options_on_sends_their_method():
    base = {**WRAPPED_BASE, "web/src/http.ts": WRAPPER.replace(
        "{\n    ...init,\n    headers: { 'Content-Type': 'application/json', ...init.headers },\n  })", "init)")}
    change = {"server.js": PROJECT_ROUTES.replace("app.patch(", "app.post(")}
    assert _http(base, change) == [
        ("IMP403", "server.js", 4, "error"),
        ("IMP401", "web/src/projects.ts", 4, "error"),
    ]


def test_a_route_whose_verb_changed_with_its_wrapped_callers_is_silent():
    change = {"server.js": PROJECT_ROUTES.replace("app.patch(", "app.post("),
              "web/src/projects.ts": PROJECTS.replace("method: 'PATCH'", "method: 'POST'")}
    assert _http(WRAPPED_BASE, change) == []


def test_a_wrapper_whose_own_options_set_the_method_keeps_it():
    base = {**WRAPPED_BASE, "web/src/http.ts": WRAPPER.replace("...init,\n", "...init,\n    method: 'GET',\n")}
    change = {"server.js": PROJECT_ROUTES.replace("app.patch(", "app.post(")}
    assert _http(base, change) == [("IMP403", "server.js", 4, "warning")]


def test_a_request_of_unknown_method_on_a_path_still_served_may_call_a_removed_route():
    """`fetch(url, options)` with options impact cannot read: the PATCH that became a POST
    may or may not be what it sends, so the removal is a warning (and no IMP401)."""
    client = "export function archive(id: string, options: RequestInit) {\n" \
             "  return fetch(`/api/projects/${id}/archive`, options)\n}\n"
    base = {"server.js": PROJECT_ROUTES, "web/src/archive.ts": client}
    change = {"server.js": PROJECT_ROUTES.replace("app.patch(", "app.post(")}
    assert _http(base, change) == [("IMP403", "server.js", 4, "warning")]


def test_a_request_of_unknown_method_on_a_path_no_longer_served_calls_the_removed_route():
    client = "export function archive(id: string, options: RequestInit) {\n" \
             "  return fetch(`/api/projects/${id}/archive`, options)\n}\n"
    base = {"server.js": PROJECT_ROUTES, "web/src/archive.ts": client}
    change = {"server.js": PROJECT_ROUTES.replace("'/api/projects/:id/archive'", "'/api/projects/:id/close'")}
    assert _http(base, change) == [
        ("IMP403", "server.js", 4, "error"),
        ("IMP401", "web/src/archive.ts", 2, "error"),
    ]


# -- calls through a property typed with a class (dependency injection) --------------------

SERVICE = '''\
export class TasksService {
  create(projectId: string, title: string) {
    return { projectId, title }
  }
}
'''
CONTROLLER = '''\
import { TasksService } from './tasks.service'

export class TasksController {
  constructor(private readonly tasksService: TasksService) {}

  create(projectId: string, title: string) {
    return this.tasksService.create(projectId, title)
  }
}
'''
INJECTED = {"src/tasks.service.ts": SERVICE, "src/tasks.controller.ts": CONTROLLER}
NEW_PARAMETER = {"src/tasks.service.ts": SERVICE.replace("title: string)", "title: string, authorId: string)")}


def test_a_call_through_a_constructor_parameter_property_is_checked_against_its_class():
    assert diff_keys(INJECTED, NEW_PARAMETER) == [
        ("IMP202", "src/tasks.controller.ts", 7, "TasksService.create")]


def test_a_call_through_a_typed_field_or_a_field_set_to_an_instance_is_checked():
    typed = CONTROLLER.replace("  constructor(private readonly tasksService: TasksService) {}\n",
                               "  private tasksService: TasksService = makeService()\n")
    created = CONTROLLER.replace("  constructor(private readonly tasksService: TasksService) {}\n",
                                 "  tasksService = new TasksService()\n")
    for controller in (typed, created):
        base = {**INJECTED, "src/tasks.controller.ts": controller}
        assert diff_keys(base, NEW_PARAMETER) == [
            ("IMP202", "src/tasks.controller.ts", 7, "TasksService.create")]


def test_a_call_through_a_property_that_is_no_parameter_property_is_not_judged():
    """`constructor(tasksService: TasksService)` declares no property; and `this` inside a
    `function` is another object."""
    plain = CONTROLLER.replace("private readonly tasksService", "tasksService")
    rebound = CONTROLLER.replace("    return this.tasksService.create(projectId, title)\n",
                                 "    return [1].map(function () { return this.tasksService.create(projectId, title) })\n")
    for controller in (plain, rebound):
        assert diff_keys({**INJECTED, "src/tasks.controller.ts": controller}, NEW_PARAMETER) == [
            ("IMP202", "src/tasks.service.ts", 2, "TasksService.create")]


# -- a view function is reached through its route, not imported -------------------------

VIEWS = '''\
from flask import Blueprint, render_template

inventory_bp = Blueprint("inventory", __name__)


@inventory_bp.route("/items/<int:item_id>")
def detail(item_id):
    return render_template("detail.html", item_id=item_id)


def page_title(name):
    return f"Stockroom: {name}"
'''
FLASK_PROJECT = {"pyproject.toml": '[project]\nname = "stockroom"\nversion = "1.0"\n',
                 "stockroom/__init__.py": "", "stockroom/views.py": VIEWS}


def test_a_renamed_view_function_is_no_removed_public_api():
    """The framework calls a route's handler; a new name for it breaks only the URLs built
    from the old endpoint name (IMP408), never code outside the repository."""
    change = {"stockroom/views.py": VIEWS.replace("def detail(item_id):", "def show_item(item_id):")}
    assert diff_keys(FLASK_PROJECT, change, without=()) == []


def test_a_renamed_public_function_that_is_no_view_is_still_reported():
    change = {"stockroom/views.py": VIEWS.replace("def page_title(name):", "def heading(name):")}
    assert diff_keys(FLASK_PROJECT, change, without=()) == [
        ("IMP201", "stockroom/views.py", 11, "page_title")]


# -- a typed API module over a fetch wrapper, read through React Query ---------------------

API_FETCH = '''\
export async function apiFetch<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(`/api${path}`, { ...init, headers: { 'content-type': 'application/json' } })
  const body = res.status === 204 ? null : await res.json()
  if (!res.ok) throw new Error(`HTTP ${res.status}`)
  return body as T
}
'''
INVOICES_API = '''\
import { apiFetch } from './client'

export const listInvoices = (status?: string) =>
  apiFetch<{ id: string; grossCents: number }[]>(status ? `/invoices?status=${status}` : '/invoices')
'''
TABLE = '''\
import { useQuery } from '@tanstack/react-query'
import { listInvoices } from './invoices'

export function InvoiceTable() {
  const { data: invoices = [] } = useQuery({ queryKey: ['invoices'], queryFn: () => listInvoices() })
  return invoices.map((invoice) => <td key={invoice.id}>{invoice.grossCents}</td>)
}
'''
HONO = '''\
import { Hono } from 'hono'
import { summarize } from './summarize'

export const app = new Hono().basePath('/api')
app.get('/invoices', (c) => c.json(rows().map((invoice) => summarize(invoice))))
'''
SUMMARIZE = '''\
export function summarize(invoice) {
  return { id: invoice.id, grossCents: invoice.gross }
}
'''
LEDGER = {"api/app.ts": HONO, "api/summarize.ts": SUMMARIZE, "web/client.ts": API_FETCH,
          "web/invoices.ts": INVOICES_API, "web/InvoiceTable.tsx": TABLE}
GROSS_RENAMED = {"api/summarize.ts": SUMMARIZE.replace("grossCents:", "totalCents:")}


def test_a_field_read_through_a_typed_api_module_and_react_query_is_judged():
    """`() => listInvoices()` as queryFn: `data` is what listInvoices returns, the body of
    `apiFetch` (returned without `await`, through `cond ? null : await res.json()`), for a
    URL chosen by a ternary between the same path, served by `rows.map((r) => summarize(r))`."""
    assert _http(LEDGER, GROSS_RENAMED) == [
        ("IMP404", "api/summarize.ts", 2, "error"),
        ("IMP402", "web/InvoiceTable.tsx", 6, "error"),
    ]


def test_a_url_chosen_between_two_paths_is_not_judged():
    base = {**LEDGER, "web/invoices.ts": INVOICES_API.replace("'/invoices')", "'/drafts')")}
    change = {"api/app.ts": HONO.replace("'/invoices'", "'/bills'")}
    assert _http(base, change) == [("IMP403", "api/app.ts", 5, "warning")]


def test_a_request_whose_url_is_chosen_by_a_ternary_between_queries_is_unserved_when_its_path_goes():
    change = {"api/app.ts": HONO.replace("'/invoices'", "'/bills'")}
    assert _http(LEDGER, change) == [
        ("IMP403", "api/app.ts", 5, "error"),
        ("IMP401", "web/invoices.ts", 4, "error"),
    ]


def test_a_mapper_that_does_more_than_forward_its_item_leaves_the_body_open():
    base = {**LEDGER, "api/app.ts": HONO.replace("summarize(invoice)", "summarize(invoice, true)")}
    assert _http(base, {"api/summarize.ts": GROSS_RENAMED["api/summarize.ts"],
                        "api/app.ts": base["api/app.ts"]}) == []



def test_a_function_that_returns_a_wrapped_request_unawaited_gives_its_callers_the_body():
    """`return request<Page>(url)` in a function body, and `(await r.json()) ?? {}` in the
    wrapper: `const page = await fetchTasks(id); page.total` reads the body."""
    wrapper = ("export async function request<T>(path: string): Promise<T> {\n"
               "  const r = await fetch(`/api${path}`)\n  return ((await r.json()) ?? {}) as T\n}\n")
    tasks = ("import { request } from './http'\n\nexport function fetchTasks(id: string) {\n"
             "  return request<{ items: string[]; total: number }>(`/projects/${id}/tasks`)\n}\n")
    view = ("import { fetchTasks } from './tasks'\n\nexport async function load(id: string) {\n"
            "  const page = await fetchTasks(id)\n  return page.total\n}\n")
    server = ("const express = require('express')\nconst app = express()\n"
              "app.get('/api/projects/:id/tasks', (req, res) => res.json({ items: [], total: 0 }))\n"
              "app.listen(3000)\n")
    base = {"server.js": server, "web/http.ts": wrapper, "web/tasks.ts": tasks, "web/view.ts": view}
    assert _http(base, {"server.js": server.replace("total: 0", "count: 0")}) == [
        ("IMP404", "server.js", 3, "error"),
        ("IMP402", "web/view.ts", 5, "error"),
    ]


# -- React state set from a response ------------------------------------------------------

STATS_SERVER = '''\
const express = require('express')
const app = express()
app.get('/api/stats', (req, res) => res.json({ open: 1, pending: 2 }))
app.listen(3000)
'''
STATS_API = '''\
export async function fetchStats() {
  const res = await fetch('/api/stats')
  return res.json()
}
'''
STATS_BAR = '''\
import { useEffect, useState } from 'react'
import { fetchStats } from './api'

export function StatsBar() {
  const [stats, setStats] = useState(null)
  useEffect(() => {
    fetchStats().then(setStats)
  }, [])
  if (!stats) return null
  return <span>{stats.open} open, {stats.pending} pending</span>
}
'''
PENDING_RENAMED = {"server.js": STATS_SERVER.replace("pending: 2", "waiting: 2")}


def test_a_field_read_from_react_state_set_with_a_response_is_judged():
    base = {"server.js": STATS_SERVER, "web/api.ts": STATS_API, "web/StatsBar.tsx": STATS_BAR}
    assert _http(base, PENDING_RENAMED) == [
        ("IMP404", "server.js", 3, "error"),
        ("IMP402", "web/StatsBar.tsx", 10, "error"),
    ]


def test_react_state_set_by_a_call_with_the_awaited_response_is_followed():
    bar = STATS_BAR.replace("    fetchStats().then(setStats)\n",
                            "    const load = async () => setStats(await fetchStats())\n    load()\n")
    base = {"server.js": STATS_SERVER, "web/api.ts": STATS_API, "web/StatsBar.tsx": bar}
    assert _http(base, PENDING_RENAMED) == [
        ("IMP404", "server.js", 3, "error"),
        ("IMP402", "web/StatsBar.tsx", 11, "error"),
    ]


def test_a_setter_that_is_no_state_hook_is_not_followed():
    bar = STATS_BAR.replace("useState(null)", "useStats(null)").replace(
        "import { useEffect, useState } from 'react'", "import { useEffect } from 'react'\nimport { useStats } from './stats'")
    base = {"server.js": STATS_SERVER, "web/api.ts": STATS_API, "web/StatsBar.tsx": bar}
    assert _http(base, PENDING_RENAMED) == []
