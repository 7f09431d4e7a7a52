"""Starlette's routing tables (impact.http.starlette): `Route`s and `Mount`s in the list an app
is given, tables bound to names and mounted (through imports too), handlers read in place or,
in another module, through what their `JSONResponse` sends."""

from __future__ import annotations

from conftest import selected_keys

APP = """\
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Mount, Route

from cellar.racks import rack_routes


async def list_wines(request):
    return JSONResponse([{"id": 1, "vintage": 2019}])


async def uncork(request):
    data = await request.json()
    glasses = data["glasses"]
    return JSONResponse({"id": 1, "glasses": glasses})


routes = [
    Mount("/api", routes=[
        Route("/wines", list_wines),
        Route("/wines/{wine_id:int}/uncork", uncork, methods=["POST"]),
        Mount("/racks", routes=rack_routes),
    ]),
]

app = Starlette(routes=routes)
"""
RACKS = """\
from starlette.responses import JSONResponse
from starlette.routing import Route

from cellar.views import humidity


async def racks(request):
    return JSONResponse([{"id": "A3", "shelves": 4}])


rack_routes = [Route("/", racks), Route("/humidity", humidity)]
"""
VIEWS = """\
from starlette.responses import JSONResponse


async def humidity(request):
    return JSONResponse({"percent": 70})
"""
CLIENT = """\
export async function vintages() {
  const res = await fetch('/api/wines');
  return (await res.json()).map((w) => w.vintage);
}
export async function uncork(id) {
  await fetch(`/api/wines/${id}/uncork`, { method: 'POST', body: JSON.stringify({ glasses: 2 }) });
}
export async function shelves() {
  const res = await fetch('/api/racks/');
  return (await res.json()).map((r) => r.shelves);
}
export async function humidity() {
  const res = await fetch('/api/racks/humidity');
  return (await res.json()).percent;
}
"""
CELLAR = {"cellar/__init__.py": "", "cellar/app.py": APP, "cellar/racks.py": RACKS, "cellar/views.py": VIEWS,
          "web/api.js": CLIENT}


def _keys(path: str, old: str, new: str, files: dict | None = None) -> list:
    files = files or CELLAR
    return sorted(key[:4] for key in selected_keys(files, {path: files[path].replace(old, new)}, ("IMP4",)))


def test_the_routes_of_a_mount_in_the_apps_list_serve_under_its_path():
    assert _keys("cellar/app.py", 'Mount("/api", routes=[', 'Mount("/api/v1", routes=[') == [
        ("IMP401", "web/api.js", 2, "error"), ("IMP401", "web/api.js", 6, "error"),
        ("IMP401", "web/api.js", 9, "error"), ("IMP401", "web/api.js", 13, "error"),
        ("IMP403", "cellar/app.py", 20, "error"), ("IMP403", "cellar/app.py", 21, "error"),
        ("IMP403", "cellar/racks.py", 11, "error"), ("IMP403", "cellar/racks.py", 11, "error")]


def test_a_route_declares_its_methods_and_a_handler_of_the_module_is_read_in_place():
    assert _keys("cellar/app.py", 'methods=["POST"]', 'methods=["PUT"]') == [
        ("IMP401", "web/api.js", 6, "error"), ("IMP403", "cellar/app.py", 21, "error")]
    assert _keys("cellar/app.py", '"vintage": 2019', '"year": 2019') == [
        ("IMP402", "web/api.js", 3, "error"), ("IMP404", "cellar/app.py", 9, "error")]
    assert _keys("cellar/app.py", '    glasses = data["glasses"]\n',
                 '    glasses = data["glasses"]\n    by = data["sommelier"]\n') == [
        ("IMP405", "web/api.js", 6, "error")]


def test_a_table_of_another_module_mounted_by_name_and_its_imported_handlers():
    assert _keys("cellar/app.py", 'Mount("/racks", routes=rack_routes)', 'Mount("/shelving", routes=rack_routes)') == [
        ("IMP401", "web/api.js", 9, "error"), ("IMP401", "web/api.js", 13, "error"),
        ("IMP403", "cellar/racks.py", 11, "error"), ("IMP403", "cellar/racks.py", 11, "error")]
    assert _keys("cellar/views.py", '"percent": 70', '"pct": 70') == [
        ("IMP402", "web/api.js", 14, "error"), ("IMP404", "cellar/views.py", 5, "error")]


def test_a_list_impact_cannot_read_serves_nothing_it_places():
    built = APP.replace("app = Starlette(routes=routes)", "app = Starlette(routes=make_routes())")
    assert _keys("cellar/app.py", '"/wines"', '"/bottles"', {**CELLAR, "cellar/app.py": built}) == []


def test_a_mount_at_the_root_adds_no_slash():
    at_root = APP.replace('Mount("/api", routes=[', 'Mount("/", routes=[Mount("/api", routes=[') \
        .replace("    ]),\n]\n", "    ])]),\n]\n")
    assert _keys("cellar/app.py", '"vintage": 2019', '"year": 2019', {**CELLAR, "cellar/app.py": at_root}) == [
        ("IMP402", "web/api.js", 3, "error"), ("IMP404", "cellar/app.py", 9, "error")]


def test_a_query_parameter_a_starlette_handler_reads_by_key_is_required():
    required = ("async def list_wines(request):\n",
                'async def list_wines(request):\n    colour = request.query_params["colour"]\n')
    assert _keys("cellar/app.py", *required) == [("IMP405", "web/api.js", 2, "error")]
    optional = (required[0], required[1].replace('["colour"]', '.get("colour")'))
    assert _keys("cellar/app.py", *optional) == []


def test_an_http_endpoint_class_answers_the_methods_it_defines():
    endpoint = APP.replace("async def uncork(request):", "class Uncork(HTTPEndpoint):\n    async def post(self, request):") \
        .replace('    data = await request.json()\n    glasses = data["glasses"]\n    return JSONResponse({"id": 1, "glasses": glasses})',
                 '        data = await request.json()\n        glasses = data["glasses"]\n'
                 '        return JSONResponse({"id": 1, "glasses": glasses})') \
        .replace("Route(\"/wines/{wine_id:int}/uncork\", uncork, methods=[\"POST\"])",
                 "Route(\"/wines/{wine_id:int}/uncork\", Uncork)") \
        .replace("from starlette.routing import Mount, Route", "from starlette.endpoints import HTTPEndpoint\n"
                 "from starlette.routing import Mount, Route")
    files = {**CELLAR, "cellar/app.py": endpoint}
    assert _keys("cellar/app.py", "    async def post(self, request):", "    async def put(self, request):", files) == [
        ("IMP401", "web/api.js", 6, "error"), ("IMP403", "cellar/app.py", 23, "error")]
    assert _keys("cellar/app.py", '        glasses = data["glasses"]\n',
                 '        glasses = data["glasses"]\n        by = data["sommelier"]\n', files) == [
        ("IMP405", "web/api.js", 6, "error")]


def test_a_class_without_http_methods_is_an_asgi_app_answering_any_method():
    asgi = APP.replace("async def uncork(request):", "class Uncork:\n    async def __call__(self, scope, receive, send):\n"
                       "        pass\n\n\nasync def unused(request):") \
        .replace('Route("/wines/{wine_id:int}/uncork", uncork, methods=["POST"])', 'Route("/wines/{wine_id:int}/uncork", Uncork)')
    assert _keys("cellar/app.py", 'Route("/wines/{wine_id:int}/uncork", Uncork)', 'Route("/wines/{wine_id:int}/open", Uncork)',
                 {**CELLAR, "cellar/app.py": asgi}) == [("IMP401", "web/api.js", 6, "error"),
                                                        ("IMP403", "cellar/app.py", 26, "error")]
