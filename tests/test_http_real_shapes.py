"""Shapes found by the HTTP-seam benchmark on real full-stack repositories
(benchmarks/http_seam.py), each on revisions held in memory."""

from __future__ import annotations

from conftest import diff_result

SERVER = '''\
const express = require('express')
const app = express()
app.get('/api/products', (req, res) => res.json({ products: [], page: 1 }))
app.get('/api/products/:id', (req, res) => res.json({ id: req.params.id }))
app.listen(5000)
'''
ACTIONS = '''\
import axios from 'axios'

export const listProducts = (keyword = '', pageNumber = '') => async (dispatch) => {
  const { data } = await axios.get(
    `/api/products?keyword=${keyword}&pageNumber=${pageNumber}`
  )
  dispatch({ type: 'LIST', payload: data.products })
}

export const productDetails = (id) => async (dispatch) => {
  const { data } = await axios.get(`/api/products/${id}`)
  dispatch({ type: 'DETAILS', payload: data })
}
'''
BASE = {"backend/server.js": SERVER, "frontend/src/actions.js": ACTIONS}


def _findings(change: dict, base: dict = BASE) -> list[tuple]:
    result = diff_result(base, change, select=("IMP4",))
    assert result.exit_code in (0, 1), result.stderr
    return [(f["code"], f["file"], f["line"], f["severity"], f["symbol"]) for f in result.findings]


def test_a_function_whose_last_parameter_fills_a_query_value_is_not_a_wrapper():
    """`listProducts(keyword, page)` ends its URL with a parameter, but in the query string:
    the axios call inside is the request (GET /api/products), not a one-level wrapper."""
    change = {"backend/server.js": SERVER.replace("app.get('/api/products', ", "app.get('/api/items', ")}
    assert _findings(change) == [
        ("IMP403", "backend/server.js", 3, "error", "GET /api/products"),
        ("IMP401", "frontend/src/actions.js", 4, "error", "GET /api/products"),
    ]


def test_a_query_value_request_still_served_is_silent():
    change = {"backend/server.js": SERVER.replace("app.listen(5000)", "app.listen(5001)")}
    assert _findings(change) == []


FLASK_APP = '''\
from flask import Flask, jsonify

app = Flask(__name__)


@app.route('/check_name', methods=['GET'])
def check_name():
    return jsonify({'status': True})
'''
VENDORED_FLASK = '''\
class Flask:
    def __init__(self, import_name, static_url_path=None):
        self.static_url_path = static_url_path
        self.add_url_rule(
            f"{self.static_url_path}/<path:filename>",
            endpoint="static",
            view_func=self.send_static_file,
        )
'''
CLIENT = '''\
export async function checkName(name) {
  const response = await fetch('/check_name?name=' + name)
  return response.json()
}
'''
FLASK_BASE = {"app.py": FLASK_APP, "src/api.js": CLIENT,
              "venv/Lib/site-packages/flask/app.py": VENDORED_FLASK}


def test_a_committed_virtualenv_serves_nothing_for_the_app():
    """Flask's own `add_url_rule(f"{static_url_path}/<path:filename>")` in a committed
    `venv/Lib/site-packages/` is a library's code: it must not count as a route that may
    serve any path, which silenced every removal of a GET route."""
    change = {"app.py": FLASK_APP.replace("'/check_name'", "'/check-name'")}
    assert _findings(change, FLASK_BASE) == [
        ("IMP403", "app.py", 6, "error", "GET /check_name"),
        ("IMP401", "src/api.js", 2, "error", "GET /check_name"),
    ]



MAIN = '''\
from fastapi import FastAPI

from api import api_router

app = FastAPI()
api = FastAPI(title="api")
api.include_router(api_router)
app.mount("/api/v1", app=api)
'''
API_ROUTES = '''\
from fastapi import APIRouter

api_router = APIRouter()


@api_router.get("/incidents")
def list_incidents():
    return [{"id": 1}]


@api_router.get("/healthcheck")
def healthcheck():
    return {"status": "ok"}
'''
INCIDENTS_JS = '''\
import axios from 'axios'

const API = axios.create({ baseURL: '/api/v1' })

export const getIncidents = () => API.get('/incidents')
'''
FASTAPI_BASE = {"main.py": MAIN, "api.py": API_ROUTES, "web/src/incidents.js": INCIDENTS_JS}


def test_a_starlette_mount_with_the_app_as_a_keyword_places_its_routes():
    """`app.mount("/api/v1", app=api)`: the sub-application's routes are served under
    `/api/v1`, not at the root (which made every request under it unmatched)."""
    change = {"api.py": API_ROUTES.replace('"/incidents"', '"/incident-list"')}
    assert _findings(change, FASTAPI_BASE) == [
        ("IMP403", "api.py", 6, "error", "GET /api/v1/incidents"),
        ("IMP401", "web/src/incidents.js", 5, "error", "GET /api/v1/incidents"),
    ]


def test_a_starlette_mount_with_keywords_only_is_read_too():
    base = {**FASTAPI_BASE, "main.py": MAIN.replace('app.mount("/api/v1", app=api)',
                                                    'app.mount(path="/api/v1", app=api)')}
    change = {"api.py": API_ROUTES.replace('"/incidents"', '"/incident-list"')}
    assert [f[:4] for f in _findings(change, base)] == [
        ("IMP403", "api.py", 6, "error"), ("IMP401", "web/src/incidents.js", 5, "error")]


INTERCEPTOR = '''
API.interceptors.request.use((config) => {
  config.url = `${currentOrganization()}${config.url}`
  return config
})
'''


def test_an_instance_whose_interceptor_rewrites_the_url_is_not_judged():
    """Dispatch's shape: a request interceptor prefixes every URL with the organization, so
    `API.get('/incidents')` is not the path sent; removing the route is a warning only."""
    base = {**FASTAPI_BASE, "web/src/incidents.js": INCIDENTS_JS + INTERCEPTOR}
    change = {"api.py": API_ROUTES.replace('"/incidents"', '"/incident-list"')}
    assert _findings(change, base) == [
        ("IMP403", "api.py", 6, "warning", "GET /api/v1/incidents"),
    ]


def test_an_interceptor_that_only_sets_headers_changes_nothing():
    headers = INTERCEPTOR.replace("config.url = `${currentOrganization()}${config.url}`",
                                  "config.headers.Authorization = `Bearer ${token()}`")
    base = {**FASTAPI_BASE, "web/src/incidents.js": INCIDENTS_JS + headers}
    change = {"api.py": API_ROUTES.replace('"/incidents"', '"/incident-list"')}
    assert [f[:4] for f in _findings(change, base)] == [
        ("IMP403", "api.py", 6, "error"), ("IMP401", "web/src/incidents.js", 5, "error")]


AXIOS_TERNARY = '''\
import axios from 'axios'

export const API_URL = process.env.NODE_ENV === 'development' ? `http://localhost:8000/api` : '/api'

const axiosInstance = axios.create({ withCredentials: true, baseURL: API_URL })

export const login = (form) => axiosInstance.post('/auth/login', form)
'''
AUTH_ROUTES = '''\
from fastapi import APIRouter, FastAPI

router = APIRouter(prefix="/auth")


@router.post("/login")
def login():
    return {"access_token": "t"}


app = FastAPI()
app.include_router(router, prefix="/api")
'''
TERNARY_BASE = {"backend/main.py": AUTH_ROUTES, "frontend/src/axios.js": AXIOS_TERNARY}


def test_a_base_url_chosen_between_localhost_and_a_relative_path_is_read():
    """`dev ? 'http://localhost:8000/api' : '/api'`: both name `/api` of this application."""
    change = {"backend/main.py": AUTH_ROUTES.replace('"/login"', '"/sign-in"')}
    assert _findings(change, TERNARY_BASE) == [
        ("IMP403", "backend/main.py", 6, "error", "POST /api/auth/login"),
        ("IMP401", "frontend/src/axios.js", 7, "error", "POST /api/auth/login"),
    ]


def test_a_base_url_chosen_between_two_paths_is_not_judged():
    base = {**TERNARY_BASE, "frontend/src/axios.js": AXIOS_TERNARY.replace("`http://localhost:8000/api`",
                                                                         "'https://api.example.com'")}
    change = {"backend/main.py": AUTH_ROUTES.replace('"/login"', '"/sign-in"')}
    assert _findings(change, base) == [
        ("IMP403", "backend/main.py", 6, "warning", "POST /api/auth/login")]


VIEWS = '''\
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route('/authorize', methods=['POST'])
def login():
    name = request.get_json()['name']
    return jsonify({"status": 0, "id": 1})


@app.route('/is_authorized', methods=['GET'])
def is_authorized():
    return jsonify({"status": 0, "is_auth": True})
'''
AUTH_JS = '''\
export const isAuthorized = () => fetch('/is_authorized').then((r) => r.json())
'''
CONFLICTED = VIEWS.replace('''    return jsonify({"status": 0, "id": 1})''', '''<<<<<<< HEAD
    return jsonify({"status": 0, "id": 1})
=======
    return jsonify({"status": 0,
>>>>>>> 518853840edaaba4a0b64b84ced19e817e73a45a''')


def test_routes_of_a_module_head_cannot_parse_are_not_judged_removed():
    """A commit with merge-conflict markers: tree-sitter loses the routes after the error,
    but they were not removed; the syntax error is IMP301's to report."""
    base = {"app.py": VIEWS, "static/auth.js": AUTH_JS}
    findings = _findings({"app.py": CONFLICTED}, base)
    assert findings == []


def test_a_route_removed_from_a_module_that_parses_is_still_reported():
    base = {"app.py": VIEWS, "static/auth.js": AUTH_JS}
    change = {"app.py": VIEWS.replace("'/is_authorized'", "'/is-authorized'")}
    assert [f[:4] for f in _findings(change, base)] == [
        ("IMP403", "app.py", 12, "error"), ("IMP401", "static/auth.js", 1, "error")]


def test_a_path_written_to_the_console_or_a_body_serialised_is_no_request():
    """`console.log(`/api/products/${id}`)` logs a path and `JSON.stringify(input)` in a
    function of `input` serialises a body: calls of the language's own functions send
    nothing, so neither is a request nor makes its function a wrapper (`encode` was one), and
    removing the route leaves only the real request unserved."""
    from impact.facts import extract_facts

    logging = ACTIONS + ("\nexport const logProduct = (id) => console.log(`/api/products/${id}`)\n"
                         "export const encode = (input) => JSON.stringify(input)\n")
    http = extract_facts("frontend/src/actions.js", logging.encode()).http
    assert [r.callee for r in http.requests] == ["axios.get", "axios.get"]
    assert http.wrappers == ()
    base = {**BASE, "frontend/src/actions.js": logging}
    change = {"backend/server.js": SERVER.replace("app.get('/api/products/:id', ", "app.get('/api/goods/:id', ")}
    assert _findings(change, base) == [
        ("IMP403", "backend/server.js", 4, "error", "GET /api/products/:id"),
        ("IMP401", "frontend/src/actions.js", 11, "error", "GET /api/products/{param}"),
    ]
