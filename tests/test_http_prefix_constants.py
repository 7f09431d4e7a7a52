"""Python prefixes written with names (impact/http/py_constants.py, impact/http/prefixes.py):
FastAPI's project template mounts its API under `settings.API_V1_STR`, the default of a
pydantic settings class; Flask apps under a module constant. The routes are placed at the
full path, so a frontend request that loses its route is reported; a name impact cannot
follow leaves the prefix unknown, and the rules abstain. The cases run in memory
(conftest.selected_keys), plus `impact routes` on a real repository."""

from __future__ import annotations

from conftest import run_impact, selected_keys

CONFIG = '''\
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    API_V1_STR: str = "/api/v1"
    PROJECT_NAME: str = "app"


settings = Settings()
'''
MAIN = '''\
from fastapi import FastAPI

from app.api.main import api_router
from app.core.config import settings

app = FastAPI(title=settings.PROJECT_NAME)
app.include_router(api_router, prefix=settings.API_V1_STR)
'''
API_MAIN = '''\
from fastapi import APIRouter

from app.api.routes import items

api_router = APIRouter()
api_router.include_router(items.router)
'''
ITEMS = '''\
from fastapi import APIRouter

router = APIRouter(prefix="/items", tags=["items"])


@router.get("/{item_id}")
def read_item(item_id: int):
    return {"id": item_id}


@router.delete("/{item_id}")
def delete_item(item_id: int):
    return {"message": "deleted"}
'''
CLIENT = '''\
export async function readItem(id: number) {
  const response = await fetch(`/api/v1/items/${id}`)
  return response.json()
}
'''
FASTAPI = {"backend/app/__init__.py": "", "backend/app/core/__init__.py": "",
           "backend/app/core/config.py": CONFIG, "backend/app/main.py": MAIN,
           "backend/app/api/__init__.py": "", "backend/app/api/main.py": API_MAIN,
           "backend/app/api/routes/__init__.py": "", "backend/app/api/routes/items.py": ITEMS,
           "frontend/src/items.ts": CLIENT}


def _keys(base: dict, change: dict) -> list[tuple]:
    return sorted(selected_keys(base, change, ("IMP4",)))


def test_a_route_under_a_settings_prefix_that_loses_its_path_breaks_its_caller():
    change = {"backend/app/api/routes/items.py": ITEMS.replace('@router.get("/{item_id}")',
                                                               '@router.get("/by-id/{item_id}")')}
    assert _keys(FASTAPI, change) == [
        ("IMP401", "frontend/src/items.ts", 2, "error", "GET /api/v1/items/{param}"),
        ("IMP403", "backend/app/api/routes/items.py", 6, "error", "GET /api/v1/items/{item_id}")]


def test_a_changed_settings_default_moves_every_route_under_it():
    change = {"backend/app/core/config.py": CONFIG.replace('"/api/v1"', '"/api/v2"')}
    assert ("IMP401", "frontend/src/items.ts", 2, "error", "GET /api/v1/items/{param}") in \
        _keys(FASTAPI, change)


def test_a_prefix_impact_cannot_read_leaves_the_routes_unplaced_and_the_rules_silent():
    """`settings = get_settings()`: a call impact does not follow. The route's full path is
    unknown, so its removal is not matched to the caller (no false IMP401), and the removed
    route is reported where it was, as a warning."""
    config = CONFIG.replace("settings = Settings()", "def get_settings():\n    return Settings()\n\n\n"
                            "settings = get_settings()")
    base = FASTAPI | {"backend/app/core/config.py": config}
    change = {"backend/app/api/routes/items.py": ITEMS.replace('@router.get("/{item_id}")',
                                                               '@router.get("/by-id/{item_id}")')}
    assert [key[0] for key in _keys(base, change)] in ([], ["IMP403"])
    assert not [key for key in _keys(base, change) if key[0] == "IMP401"]


FLASK_SETTINGS = '''\
API_PREFIX = "/api"
'''
FLASK_APP = '''\
from flask import Flask

from .settings import API_PREFIX
from .tickets import bp

app = Flask(__name__)
app.register_blueprint(bp, url_prefix=f"{API_PREFIX}/tickets")
'''
FLASK_TICKETS = '''\
from flask import Blueprint, jsonify

bp = Blueprint("tickets", __name__)


@bp.route("/<int:ticket_id>/close", methods=["POST"])
def close(ticket_id):
    return jsonify(ok=True)
'''
FLASK_CLIENT = '''\
export function closeTicket(id) {
  return fetch(`/api/tickets/${id}/close`, { method: "POST" })
}
'''
FLASK = {"server/__init__.py": FLASK_APP, "server/settings.py": FLASK_SETTINGS,
         "server/tickets.py": FLASK_TICKETS, "web/tickets.js": FLASK_CLIENT}


def test_a_flask_prefix_from_an_imported_constant_in_an_f_string():
    change = {"server/tickets.py": FLASK_TICKETS.replace("/close", "/resolve")}
    assert _keys(FLASK, change) == [
        ("IMP401", "web/tickets.js", 2, "error", "POST /api/tickets/{param}/close"),
        ("IMP403", "server/tickets.py", 6, "error", "POST /api/tickets/<int:ticket_id>/close")]


def test_a_constant_bound_twice_is_not_guessed():
    base = FLASK | {"server/settings.py": 'API_PREFIX = "/api"\nAPI_PREFIX = "/v2"\n'}
    change = {"server/tickets.py": FLASK_TICKETS.replace("/close", "/resolve")}
    assert not [key for key in _keys(base, change) if key[0] == "IMP401"]


def test_routes_lists_the_full_path_under_a_settings_prefix(repo_factory):
    repo = repo_factory([FASTAPI])
    result = run_impact(repo, "routes", "HEAD")
    assert result.exit_code == 0, result.stderr
    assert "GET /api/v1/items/{item_id}  backend/app/api/routes/items.py:6 read_item" in result.stdout
    assert "under a prefix impact cannot read" not in result.stdout


EXPRESS_CONFIG = '''\
export const API_PREFIX = process.env.API_PREFIX ?? '/api/v2'
'''
EXPRESS_SERVER = '''\
import express from 'express'
import { API_PREFIX } from './config.js'
import tickets from './tickets.js'

const app = express()
const authenticate = (req, res, next) => next()
app.use(API_PREFIX, tickets)
app.use(authenticate, tickets)
app.listen(3000)
'''
EXPRESS_TICKETS = '''\
import { Router } from 'express'

const router = Router()
router.post('/tickets/:id/close', (req, res) => res.json({ ok: true }))

export default router
'''
EXPRESS_CLIENT = '''\
export function closeTicket(id) {
  return fetch(`/api/v2/tickets/${id}/close`, { method: 'POST' })
}
'''
EXPRESS = {"server/config.js": EXPRESS_CONFIG, "server/index.js": EXPRESS_SERVER,
           "server/tickets.js": EXPRESS_TICKETS, "web/tickets.js": EXPRESS_CLIENT}


def test_an_express_router_mounted_under_an_imported_prefix_constant(repo_factory):
    """`app.use(API_PREFIX, router)`: the name is a constant, so the prefix; `app.use(handler,
    router)`: a function, so the router is also served at the root."""
    change = {"server/tickets.js": EXPRESS_TICKETS.replace("/close", "/resolve")}
    keys = _keys(EXPRESS, change)
    assert ("IMP401", "web/tickets.js", 2, "error", "POST /api/v2/tickets/{param}/close") in keys
    repo = repo_factory([EXPRESS])
    served = [line.split()[1] for line in run_impact(repo, "routes", "HEAD").stdout.splitlines()
              if line.startswith("POST")]
    assert sorted(served) == ["/api/v2/tickets/:id/close", "/tickets/:id/close"]


def test_a_warm_run_follows_a_change_of_the_settings_a_prefix_is_read_from(repo_factory, tmp_path):
    """The settings module holds no route: only the rules' reading of the prefix reaches it.
    A run remembers that (the HTTP rules' reads), so a later change of the settings alone is
    still checked, as checking every file finds."""
    repo = repo_factory([FASTAPI, {"README.md": "notes\n"},
                         {"backend/app/core/config.py": CONFIG.replace('"/api/v1"', '"/api/v2"')}])
    cache = str(tmp_path / "cache")
    assert run_impact(repo, "--cache-dir", cache, "diff", "HEAD~2", "HEAD~1", "--format", "json").findings == []
    warm = run_impact(repo, "--cache-dir", cache, "diff", "HEAD~1", "HEAD", "--format", "json")
    full = run_impact(repo, "--no-cache", "--full-scan", "diff", "HEAD~1", "HEAD", "--format", "json")
    assert warm.json["findings"] == full.json["findings"]
    assert ("IMP401", "frontend/src/items.ts", 2, "GET /api/v1/items/{param}") in warm.keys()
