"""BlackSheep (the default router's module-level decorators, `json(...)`, parameters bound as
FastAPI's with its binders `FromJSON[T]`, `FromQuery[T]`) and `XMLHttpRequest` (`open(method,
url)`, `send(JSON.stringify(body))`, `JSON.parse(xhr.responseText)` the body): the rules the
app observatory of tests/test_apps.py needs, each on its own."""

from __future__ import annotations

from conftest import selected_keys


def _keys(base, change):
    return sorted(key[:4] for key in selected_keys(base, change, ("IMP4",)))


SERVER = """\
from dataclasses import dataclass

from blacksheep import FromJSON, FromQuery, Application, get, json, post

app = Application()


@dataclass
class NewStar:
    name: str
    magnitude: float = 0.0


@post("/api/stars")
async def add_star(data: FromJSON[NewStar]):
    return json({"id": 1, "name": data.value.name})


@get("/api/stars/{star_id}")
async def get_star(star_id: int, unit: FromQuery[str] = "mag"):
    return json({"id": star_id, "name": "Vega"})
"""
WEB = """\
function addStar(name) {
  const xhr = new XMLHttpRequest();
  xhr.open('POST', '/api/stars');
  xhr.onload = function () {
    const star = JSON.parse(xhr.responseText);
    document.title = star.name;
  };
  xhr.send(JSON.stringify({ name: name }));
}

function getStar(id) {
  const xhr = new XMLHttpRequest();
  xhr.open('GET', `/api/stars/${id}`);
  xhr.send();
}
"""
FILES = {"sky/__init__.py": "", "sky/app.py": SERVER, "static/sky.js": WEB}


def test_blacksheeps_module_level_decorators_serve_at_the_root():
    renamed = {"sky/app.py": SERVER.replace('@get("/api/stars/{star_id}")', '@get("/api/star/{star_id}")')}
    assert _keys(FILES, renamed) == [("IMP401", "static/sky.js", 13, "error"),
                                     ("IMP403", "sky/app.py", 19, "error")]
    verb = {"sky/app.py": SERVER.replace('@post("/api/stars")', '@put("/api/stars")')
            .replace("get, json, post", "get, json, post, put")}
    assert _keys(FILES, verb) == [("IMP401", "static/sky.js", 3, "error"),
                                  ("IMP403", "sky/app.py", 14, "error")]


def test_the_parsed_response_text_of_an_xhr_is_its_body():
    dropped = {"sky/app.py": SERVER.replace('return json({"id": 1, "name": data.value.name})',
                                            'return json({"id": 1})')}
    assert _keys(FILES, dropped) == [("IMP402", "static/sky.js", 6, "error"),
                                     ("IMP404", "sky/app.py", 16, "error")]


def test_from_json_binds_the_body_and_from_query_a_query_parameter():
    """`FromJSON[NewStar]`: a dataclass's fields without a default are required; the XHR
    sends the keys `send(JSON.stringify({...}))` is given."""
    required = {"sky/app.py": SERVER.replace("magnitude: float = 0.0", "magnitude: float")}
    assert _keys(FILES, required) == [("IMP405", "static/sky.js", 3, "error")]
    sent = {"static/sky.js": WEB.replace("{ name: name }", "{ name: name, magnitude: 1 }")}
    assert _keys({**FILES, **sent}, required) == []
    query = {"sky/app.py": SERVER.replace('unit: FromQuery[str] = "mag"', "unit: FromQuery[str]")}
    assert _keys(FILES, query) == [("IMP405", "static/sky.js", 13, "error")]


def test_an_open_call_on_what_is_no_xhr_is_no_request():
    other = {"static/sky.js": WEB.replace("const xhr = new XMLHttpRequest();\n  xhr.open('GET'",
                                          "const xhr = new EventSource('/events');\n  xhr.open('GET'")}
    renamed = {"sky/app.py": SERVER.replace('@get("/api/stars/{star_id}")', '@get("/api/star/{star_id}")')}
    assert _keys({**FILES, **other}, renamed) == [("IMP403", "sky/app.py", 19, "warning")]


def test_a_blacksheep_handlers_request_parameter_is_no_query_parameter():
    """BlackSheep hands a parameter named `request` the request (its convention)."""
    given = {"sky/app.py": SERVER.replace("async def get_star(star_id: int,", "async def get_star(request, star_id: int,")}
    assert _keys(FILES, given) == []


def test_a_method_decorated_so_is_no_route_of_the_default_router():
    """A controller's methods are served under the controller's route (not read here): not
    at the path their decorator names."""
    controller = SERVER.replace('@get("/api/stars/{star_id}")\nasync def get_star(',
                                'class Stars:\n    @get("/api/stars/{star_id}")\n    async def get_star(self, ') \
        .replace('    return json({"id": star_id, "name": "Vega"})', '        return json({"id": star_id, "name": "Vega"})')
    renamed = {"sky/app.py": controller.replace('@get("/api/stars/{star_id}")', '@get("/api/star/{star_id}")')}
    assert _keys({**FILES, "sky/app.py": controller}, renamed) == []
