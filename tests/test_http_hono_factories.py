"""Hono sub-apps made by factory functions (`export function createUserRoutes() { const r =
new Hono(); r.get(...); return r }`) are served where the function's result is mounted
(`app.route('/users', createUserRoutes())`, or through `const users = createUserRoutes()`),
one level; a factory's app is never the root app: mounted nowhere, its routes are unplaced.
The cases run in memory (conftest.selected_keys); `impact routes` through the real CLI."""

from __future__ import annotations

import json

from conftest import run_impact, selected_keys

INDEX = '''\
import { Hono } from 'hono'
import { createUserRoutes } from './users'
import { createTaskRoutes } from './tasks'

const app = new Hono().basePath('/api')
const tasks = createTaskRoutes()

app.route('/users', createUserRoutes())
app.route('/tasks', tasks)

export default app
'''
USERS = '''\
import { Hono } from 'hono'

export function createUserRoutes() {
  const app = new Hono()
  app.get('/:id', (c) => c.json({ id: c.req.param('id'), name: 'ada' }))
  return app
}
'''
TASKS = '''\
import { Hono } from 'hono'

export const createTaskRoutes = () => {
  const app = new Hono()
  return app.get('/', (c) => c.json([])).post('/', (c) => c.json({ ok: true }))
}
'''
CLIENT = '''\
export async function loadUser(id) {
  const res = await fetch(`/api/users/${id}`)
  return res.json()
}

export const addTask = (task) => fetch('/api/tasks', { method: 'POST', body: JSON.stringify(task) })
'''
BASE = {"api/src/index.ts": INDEX, "api/src/users.ts": USERS, "api/src/tasks.ts": TASKS,
        "web/src/api.js": CLIENT}


def _keys(change: dict, base: dict = BASE) -> list[tuple]:
    return sorted(selected_keys(base, change, ("IMP4",)))


def test_routes_of_a_factory_mounted_by_its_call_are_placed():
    change = {"api/src/users.ts": USERS.replace("'/:id'", "'/by-id/:id'")}
    assert _keys(change) == [
        ("IMP401", "web/src/api.js", 2, "error", "GET /api/users/{param}"),
        ("IMP403", "api/src/users.ts", 5, "error", "GET /api/users/:id")]


def test_routes_of_a_factory_mounted_through_a_name_are_placed():
    change = {"api/src/tasks.ts": TASKS.replace(".post('/', ", ".post('/new', ")}
    assert _keys(change) == [
        ("IMP401", "web/src/api.js", 6, "error", "POST /api/tasks"),
        ("IMP403", "api/src/tasks.ts", 5, "error", "POST /api/tasks")]


def test_a_factory_mounted_nowhere_is_not_the_root_app():
    """Before, the factory's `new Hono()` served at `/`: `GET /{id}` was "removed"."""
    base = {**BASE, "api/src/index.ts": INDEX.replace("app.route('/users', createUserRoutes())\n", "")}
    change = {"api/src/users.ts": USERS.replace("'/:id'", "'/by-id/:id'")}
    assert _keys(change, base) == []


def test_routes_lists_the_factory_routes_under_their_mount(repo_factory):
    repo = repo_factory([BASE])
    result = run_impact(repo, "routes", "HEAD")
    assert result.exit_code == 0, result.stderr
    served = sorted((line.split()[1], tuple(sorted(line.split()[0].split("|"))))
                    for line in result.stdout.splitlines() if line[:1].isupper())
    assert served == [("/api/tasks", ("GET", "POST")), ("/api/users/:id", ("GET",))]


EXPRESS_FACTORY = '''\
const express = require('express')

function createApp() {
  const app = express()
  app.delete('/api/items/:id', (req, res) => res.status(204).end())
  return app
}

module.exports = { createApp }
'''
EXPRESS_MAIN = '''\
const { createApp } = require('./app')

const app = createApp()
app.listen(3000)
'''


def test_a_factory_app_the_repository_serves_is_the_root_app():
    base = {"server/app.js": EXPRESS_FACTORY, "server/main.js": EXPRESS_MAIN,
            "web/items.js": "export const drop = (id) => fetch(`/api/items/${id}`, { method: 'DELETE' })\n"}
    change = {"server/app.js": EXPRESS_FACTORY.replace("'/api/items/:id'", "'/api/things/:id'")}
    assert _keys(change, base) == [
        ("IMP401", "web/items.js", 1, "error", "DELETE /api/items/{param}"),
        ("IMP403", "server/app.js", 5, "error", "DELETE /api/items/:id")]
    unserved = {**base, "server/main.js": "const { createApp } = require('./app')\n\nmodule.exports = createApp\n"}
    assert _keys(change, unserved) == []


def test_an_app_exported_under_another_name_is_served_where_that_name_is_mounted(repo_factory):
    """`export const tasksV1 = app`: the module's app is not the root app; it is served where
    `tasksV1` is mounted, with the factory's routes it mounts."""
    v1 = ("import { Hono } from 'hono'\nimport { createTaskRoutes } from './tasks'\n\n"
          "const app = new Hono()\napp.route('/', createTaskRoutes())\n\nexport const tasksV1 = app\n")
    index = INDEX.replace("import { createTaskRoutes } from './tasks'\n",
                          "import { createTaskRoutes } from './tasks'\nimport { tasksV1 } from './v1'\n") \
        .replace("app.route('/tasks', tasks)\n", "app.route('/tasks', tasks)\napp.route('/v1/tasks', tasksV1)\n")
    repo = repo_factory([{**BASE, "api/src/index.ts": index, "api/src/v1.ts": v1}])
    result = run_impact(repo, "routes", "HEAD", "--format", "json")
    assert result.exit_code == 0, result.stderr
    served = sorted({r["path"] for r in json.loads(result.stdout)["routes"]})
    assert served == ["/api/tasks", "/api/users/:id", "/api/v1/tasks"]


def test_calls_that_make_values_are_not_resolved_when_no_factory_makes_an_app(monkeypatch):
    """`const x = make()` may make an app only when some factory function declares one: in a
    repository with none (a library full of such calls), none of them is followed."""
    from impact.facts import extract_facts
    from impact.graph import SymbolGraph
    from impact.http import routes

    files = {"lib/make.js": "export function make() { return { n: 1 } }\n",
             **{f"lib/m{i}.js": f"import {{ make }} from './make.js'\nexport const v{i} = make()\n"
                for i in range(5)},
             "web/api.js": "export const load = () => fetch('/api/items')\n"}
    facts = {path: extract_facts(path, text.encode()) for path, text in files.items()}
    assert sum(len(f.http.instances) for f in facts.values()) == 5  # the calls are facts
    followed = []
    real = routes.resolve
    monkeypatch.setattr(routes, "resolve", lambda *a, **k: followed.append(a[2]) or real(*a, **k))
    assert routes.served_operations(SymbolGraph("head", facts, frozenset(files), {})) == []
    assert "make" not in followed
    # with a factory, its instances are followed (and placed: see the tests above)
    with_factory = {**files, "lib/make.js": USERS.replace("createUserRoutes", "make")}
    facts = {path: extract_facts(path, text.encode()) for path, text in with_factory.items()}
    routes.served_operations(SymbolGraph("head", facts, frozenset(with_factory), {}))
    assert followed.count("make") >= 5


def test_an_instance_in_a_file_of_its_own_is_placed_and_such_files_are_read_only_with_factories():
    """`export const tasks = createTaskRoutes()` alone in a module: a file whose only HTTP
    facts are calls that may make an app. The index keeps such files apart; the HTTP rules go
    through them when some module declares an app factory (here), and not otherwise."""
    from conftest import diff_result

    from impact.checks.context import Revision
    from impact.facts import extract_facts
    from impact.graph import SymbolGraph
    from impact.index import build
    from impact.summaries import summary_of

    index = INDEX.replace("const tasks = createTaskRoutes()\n", "") \
        .replace("import { createTaskRoutes } from './tasks'\n", "import { tasks } from './made'\n")
    made = "import { createTaskRoutes } from './tasks'\n\nexport const tasks = createTaskRoutes()\n"
    base = {**BASE, "api/src/index.ts": index, "api/src/made.ts": made}
    change = {"api/src/tasks.ts": TASKS.replace(".post('/', ", ".post('/new', ")}
    assert _keys(change, base) == [
        ("IMP401", "web/src/api.js", 6, "error", "POST /api/tasks"),
        ("IMP403", "api/src/tasks.ts", 5, "error", "POST /api/tasks")]
    assert diff_result(base, change).json == diff_result(base, change, whole_repository=True).json

    class Extracted(dict):
        def load(self, _paths) -> None:  # as the pipeline's facts, all already here
            pass

    def gone_through(files: dict) -> list[str]:
        facts = Extracted((path, extract_facts(path, text.encode())) for path, text in files.items())
        graph = SymbolGraph("head", facts, frozenset(files), {})
        revision = Revision(graph, facts, build(graph, map(summary_of, facts.values())))
        assert "api/src/made.ts" in revision.index.instances
        assert "api/src/made.ts" not in revision.index.http
        return list(revision.http_graph().facts)

    assert "api/src/made.ts" in gone_through(base)  # factories: `createTaskRoutes`, ...
    no_factory = {**base, "api/src/tasks.ts": "export const createTaskRoutes = () => ({ n: 1 })\n",
                  "api/src/users.ts": "export function createUserRoutes() { return 1 }\n"}
    assert "api/src/made.ts" not in gone_through(no_factory)
