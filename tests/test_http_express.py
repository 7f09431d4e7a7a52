"""IMP401/IMP403 on an Express API (routers mounted across modules, `router.route().get()`)
with a React frontend calling it through an axios instance, and the group-chat incident:
routes removed while the dashboard still calls them through its `apiFetch` wrapper."""

from __future__ import annotations

import subprocess

from conftest import checkout, commits, run_impact, selected_keys

SERVER = '''\
const express = require('express')
const messages = require('./routes/messages')
const { healthRouter } = require('./routes/health')

const app = express()
app.use(express.json())
app.use('/api/messages', messages)
app.use(healthRouter)

app.listen(3000)
'''
MESSAGES = '''\
const express = require('express')
const { list, create, remove } = require('../controllers/messages')

const router = express.Router()

router.route('/:conversationId')
  .get(list)
  .post(create)

router.delete('/item/:id', remove)

module.exports = router
'''
HEALTH = '''\
const { Router } = require('express')

const healthRouter = Router()
healthRouter.get('/healthz', (req, res) => res.json({ ok: true }))

module.exports = { healthRouter }
'''
CONTROLLER = '''\
exports.list = (req, res) => res.json([])
exports.create = (req, res) => res.status(201).json({ id: 1 })
exports.remove = (req, res) => res.status(204).end()
'''
API = '''\
import axios from 'axios'

const API_BASE = import.meta.env.VITE_API_URL ?? 'http://localhost:3000/api'

export const api = axios.create({ baseURL: API_BASE })
'''
COMPONENT = '''\
import { useEffect, useState } from 'react'
import { api } from './api'

export function Messages({ conversationId }) {
  const [messages, setMessages] = useState([])
  useEffect(() => {
    api.get(`/messages/${conversationId}`).then((response) => setMessages(response.data))
  }, [conversationId])

  const send = (body) => api.post(`/messages/${conversationId}`, { body })
  const remove = (id) => api.delete(`/messages/item/${id}`)
  const health = () => fetch('http://localhost:3000/healthz')

  return <ul onClick={send}>{messages.map((m) => <li key={m.id} onDoubleClick={() => remove(m.id)}>{m.body}</li>)}</ul>
}
'''
BASE = {"server/index.js": SERVER, "server/routes/messages.js": MESSAGES,
        "server/routes/health.js": HEALTH, "server/controllers/messages.js": CONTROLLER,
        "web/src/api.js": API, "web/src/Messages.jsx": COMPONENT}


def _keys(change: dict, base: dict = BASE) -> list[tuple]:
    return selected_keys(base, change, ("IMP4",))


def test_a_method_removed_from_a_route_chain_breaks_the_axios_instance_call():
    change = {"server/routes/messages.js": MESSAGES.replace("  .get(list)\n  .post(create)\n", "  .get(list)\n")}
    assert _keys(change) == [
        ("IMP403", "server/routes/messages.js", 8, "error", "POST /api/messages/:conversationId"),
        ("IMP401", "web/src/Messages.jsx", 10, "error", "POST /api/messages/{param}"),
    ]


def test_a_mount_prefix_changed_breaks_every_call_under_it():
    change = {"server/index.js": SERVER.replace("'/api/messages'", "'/api/conversations'")}
    found = _keys(change)
    assert [f[:3] for f in found if f[0] == "IMP401"] == [
        ("IMP401", "web/src/Messages.jsx", 7), ("IMP401", "web/src/Messages.jsx", 10),
        ("IMP401", "web/src/Messages.jsx", 11)]


def test_a_router_removed_from_a_module_the_server_mounts_is_followed_through_require():
    change = {"server/routes/health.js": HEALTH.replace("healthRouter.get('/healthz'", "healthRouter.get('/health'")}
    assert _keys(change) == [
        ("IMP403", "server/routes/health.js", 4, "error", "GET /healthz"),
        ("IMP401", "web/src/Messages.jsx", 12, "error", "GET /healthz"),
    ]


def test_renamed_route_with_its_callers_and_esm_rewrite_are_silent():
    change = {"server/routes/messages.js": MESSAGES.replace("'/item/:id'", "'/by-id/:id'"),
              "web/src/Messages.jsx": COMPONENT.replace("/messages/item/", "/messages/by-id/")}
    assert _keys(change) == []


def test_a_base_url_only_known_at_run_time_is_not_judged():
    base = {**BASE, "web/src/api.js": API.replace(" ?? 'http://localhost:3000/api'", "")}
    change = {"server/routes/messages.js": MESSAGES.replace("  .get(list)\n  .post(create)\n", "  .get(list)\n")}
    # the call is unknown (no literal fallback): only the route's removal is reported, as a
    # warning, since nothing known calls it
    assert _keys(change, base) == [
        ("IMP403", "server/routes/messages.js", 8, "warning", "POST /api/messages/:conversationId")]


def test_group_chat_routes_removed_while_the_dashboard_still_calls_them(fixture_repo):
    """The incident's shape: the group chat routes leave `worker/src/routes/api.js`, while
    `dashboard/src/api/groupChat.js` still calls them through `apiFetch` (`/api${path}`)."""
    repo = fixture_repo("group-chat-removal")
    checkout(repo, commits(repo)["01-with-group-chat"])
    routes = repo / "worker/src/routes/api.js"
    routes.write_text("".join(line for line in routes.read_text().splitlines(keepends=True)
                              if "/group-chats" not in line))
    subprocess.run(["git", "-C", str(repo), "commit", "-qam", "remove group chat routes"], check=True)
    result = run_impact(repo, "diff", "HEAD~1", "HEAD", "--format", "json", "--select", "IMP4")
    assert result.exit_code == 1
    assert [(f["code"], f["file"], f["line"], f["severity"], f["symbol"]) for f in result.findings] == [
        ("IMP401", "dashboard/src/api/groupChat.js", 10, "error", "POST /api/group-chats"),
        ("IMP401", "dashboard/src/api/groupChat.js", 15, "error", "POST /api/group-chats/{param}/members"),
        ("IMP401", "dashboard/src/api/groupChat.js", 19, "error", "POST /api/group-chats/{param}/messages"),
        # GET /group-chats${query}: built at run time, so a possible caller
        ("IMP403", "worker/src/routes/api.js", 27, "warning", "GET /api/group-chats"),
        ("IMP403", "worker/src/routes/api.js", 28, "error", "POST /api/group-chats"),
        ("IMP403", "worker/src/routes/api.js", 29, "error", "POST /api/group-chats/:id/members"),
        ("IMP403", "worker/src/routes/api.js", 30, "error", "POST /api/group-chats/:id/messages"),
    ]
    by_line = {f["line"]: f for f in result.findings if f["code"] == "IMP403"}
    assert by_line[27]["consumers"] == [{"file": "dashboard/src/api/groupChat.js", "line": 5}]


def test_the_group_chat_feature_removed_with_its_frontend_is_silent(fixture_repo):
    repo = fixture_repo("group-chat-removal")
    shas = commits(repo)
    result = run_impact(repo, "diff", shas["01-with-group-chat"], shas["03-fixed"], "--format", "json",
                        "--select", "IMP4")
    assert result.exit_code == 0 and result.findings == []


def test_a_router_mounted_where_impact_cannot_follow_is_never_judged():
    """Mounted in a loop under a new prefix, the messages router's paths are known only up to
    an unknown prefix: a request that ends like one of its routes may be served (silent), one
    that no route of any prefix can serve is still reported."""
    change = {"server/index.js": SERVER.replace(
        "app.use('/api/messages', messages)",
        "for (const [prefix, router] of Object.entries({ '/api/conversations': messages })) app.use(prefix, router)"),
        "server/routes/messages.js": MESSAGES.replace("'/item/:id'", "'/entry/:id'")}
    assert [k[:3] for k in _keys(change)] == [
        ("IMP403", "server/routes/messages.js", 10), ("IMP401", "web/src/Messages.jsx", 11)]


def test_a_catch_all_route_in_head_serves_what_it_may_serve():
    change = {"server/routes/messages.js": MESSAGES.replace("router.delete('/item/:id', remove)",
                                                            "router.all('/item/*', remove)"),
              "server/routes/health.js": HEALTH.replace("healthRouter.get('/healthz'", "healthRouter.get('/health'")}
    assert [k[:3] for k in _keys(change)] == [
        ("IMP403", "server/routes/health.js", 4), ("IMP401", "web/src/Messages.jsx", 12)]


def test_a_router_made_by_require_express_router_is_a_router():
    """`const router = require('express').Router()` (CommonJS): the refactor to it from
    `express.Router()` moves no route; a route renamed in it is still followed."""
    required = MESSAGES.replace("const express = require('express')\n", "").replace(
        "const router = express.Router()", "const router = require('express').Router()")
    assert _keys({"server/routes/messages.js": required}) == []
    renamed = required.replace("'/item/:id'", "'/by-id/:id'")
    assert _keys({"server/routes/messages.js": renamed}) == [
        ("IMP403", "server/routes/messages.js", 10, "error", "DELETE /api/messages/item/:id"),
        ("IMP401", "web/src/Messages.jsx", 11, "error", "DELETE /api/messages/item/{param}"),
    ]
