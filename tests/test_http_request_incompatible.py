"""IMP405 on a FastAPI backend whose views take a pydantic body and query parameters, called by a
TSX frontend through an axios instance, `fetch` and ky: a field or query parameter the change
makes required that a request does not send, at the request (revisions held in memory; one
test through git and the real CLI)."""

from __future__ import annotations

import pytest
from conftest import build_repo, diff_result, run_impact, severity_keys

MAIN = '''\
from fastapi import FastAPI

from .routers import items

app = FastAPI(title="shop")
app.include_router(items.router, prefix="/api")
'''
DEPS = '''\
from typing import Annotated

from fastapi import Depends


def get_session():
    yield None


SessionDep = Annotated[object, Depends(get_session)]
'''
SCHEMAS = '''\
from pydantic import BaseModel, Field


class ItemBase(BaseModel):
    title: str
    description: str | None = None


class ItemCreate(ItemBase):
    tags: list[str] = Field(default_factory=list)


class ItemUpdate(BaseModel):
    title: str | None = None
'''
ITEMS = '''\
from fastapi import APIRouter, Query

from ..deps import SessionDep
from ..schemas import ItemCreate, ItemUpdate

router = APIRouter(prefix="/items", tags=["items"])


@router.post("")
def create_item(item: ItemCreate, session: SessionDep):
    return {"id": 1}


@router.get("")
def list_items(session: SessionDep, limit: int = 20, offset: int = Query(0)):
    return []


@router.patch("/{item_id}")
def update_item(item_id: int, item: ItemUpdate, session: SessionDep):
    return {"id": item_id}
'''
API = '''\
import axios from "axios"

export const api = axios.create({ baseURL: "/api" })
'''
NEW_ITEM = '''\
import { api } from "./api"

export async function save(title: string, tags: string[]) {
  await api.post("/items", { title, tags })
}
'''
QUICK_ADD = '''\
export async function quickAdd(title: string) {
  const response = await fetch("/api/items", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ title, description: "" }),
  })
  return response.json()
}
'''
ITEM_LIST = '''\
export async function loadItems(page: number) {
  const response = await fetch(`/api/items?limit=20&offset=${page * 20}`)
  return response.json()
}
'''
RENAME = '''\
import ky from "ky"

export async function rename(id: number, title: string) {
  return ky.patch(`/api/items/${id}`, { json: { title } }).json()
}
'''
BASE = {"backend/app/__init__.py": "", "backend/app/main.py": MAIN, "backend/app/deps.py": DEPS,
        "backend/app/schemas.py": SCHEMAS, "backend/app/routers/__init__.py": "",
        "backend/app/routers/items.py": ITEMS,
        "frontend/src/api.ts": API, "frontend/src/NewItem.tsx": NEW_ITEM,
        "frontend/src/QuickAdd.tsx": QUICK_ADD, "frontend/src/ItemList.tsx": ITEM_LIST,
        "frontend/src/Rename.ts": RENAME}
PRICE = "class ItemCreate(ItemBase):\n    price: float\n"


def _run(change: dict, base: dict = BASE):
    result = diff_result(base, change, select=("IMP4",))
    assert result.exit_code in (0, 1), result.stderr
    return result


def _keys(change: dict, base: dict = BASE) -> list[tuple]:
    return severity_keys(_run(change, base).findings)


def _schemas(old: str, new: str) -> dict:
    assert old in SCHEMAS
    return {"backend/app/schemas.py": SCHEMAS.replace(old, new)}


def _items(old: str, new: str) -> dict:
    assert old in ITEMS
    return {"backend/app/routers/items.py": ITEMS.replace(old, new)}


# -- reported -------------------------------------------------------------------------------


def test_a_required_field_added_to_the_body_model_breaks_the_requests_that_do_not_send_it():
    result = _run(_schemas("class ItemCreate(ItemBase):\n", PRICE))
    assert result.exit_code == 1
    assert severity_keys(result.findings) == [
        ("IMP405", "frontend/src/NewItem.tsx", 4, "error", "price"),
        ("IMP405", "frontend/src/QuickAdd.tsx", 2, "error", "price")]
    axios_call = result.findings[0]
    assert axios_call["origin"] == {"file": "backend/app/routers/items.py", "line": 9}
    assert axios_call["message"] == (
        "`POST /api/items` does not send the body field `price`, which `POST /api/items` "
        "(backend/app/routers/items.py:9) now requires (backend/app/schemas.py:10); it was not "
        "required in base, so the request is now rejected")


def test_an_optional_field_made_required_in_a_base_model_is_reported_where_it_is_not_sent():
    change = _schemas("    description: str | None = None\n", "    description: str\n")
    assert _keys(change) == [("IMP405", "frontend/src/NewItem.tsx", 4, "error", "description")]


def test_a_field_made_required_by_dropping_its_default_factory():
    change = _schemas("    tags: list[str] = Field(default_factory=list)\n",
                      "    tags: list[str] = Field(..., min_length=1)\n")
    assert _keys(change) == [("IMP405", "frontend/src/QuickAdd.tsx", 2, "error", "tags")]


def test_a_required_query_parameter_added_breaks_the_url_that_does_not_write_it():
    change = _items("limit: int = 20, offset: int = Query(0)",
                    "owner: str, limit: int = 20, offset: int = Query(0)")
    result = _run(change)
    assert severity_keys(result.findings) == [
        ("IMP405", "frontend/src/ItemList.tsx", 2, "error", "owner")]
    assert "the query parameter `owner`" in result.findings[0]["message"]
    assert result.findings[0]["origin"] == {"file": "backend/app/routers/items.py", "line": 14}
    assert "now requires (backend/app/routers/items.py:15)" in result.findings[0]["message"]


def test_a_query_parameter_made_required_with_query_ellipsis_under_its_alias():
    change = _items("offset: int = Query(0)", 'offset: int = Query(..., alias="start")')
    assert _keys(change) == [("IMP405", "frontend/src/ItemList.tsx", 2, "error", "start")]


def test_a_field_added_to_a_camel_case_model_is_named_as_the_request_must_send_it():
    base = {**BASE, "backend/app/schemas.py": SCHEMAS.replace(
        "from pydantic import BaseModel, Field\n",
        "from pydantic import BaseModel, ConfigDict, Field\nfrom pydantic.alias_generators import "
        "to_camel\n").replace(
        "class ItemUpdate(BaseModel):\n",
        "class ItemUpdate(BaseModel):\n    model_config = ConfigDict(alias_generator=to_camel)\n")}
    change = {"backend/app/schemas.py": base["backend/app/schemas.py"].replace(
        "    title: str | None = None\n", "    title: str | None = None\n    sort_order: int\n")}
    assert _keys(change, base) == [("IMP405", "frontend/src/Rename.ts", 4, "error", "sortOrder")]


def test_a_second_body_parameter_nests_the_body_under_the_parameters_names():
    """FastAPI reads `{"item": {...}, "note": "..."}` once a view has two body parameters: the
    flat body the requests send lacks both keys."""
    change = _items("def create_item(item: ItemCreate, session: SessionDep):",
                    "def create_item(item: ItemCreate, session: SessionDep, note: str = Body(...)):")
    change["backend/app/routers/items.py"] = change["backend/app/routers/items.py"].replace(
        "APIRouter, Query", "APIRouter, Body, Query")
    assert _keys(change) == [
        ("IMP405", "frontend/src/NewItem.tsx", 4, "error", "item"),
        ("IMP405", "frontend/src/NewItem.tsx", 4, "error", "note"),
        ("IMP405", "frontend/src/QuickAdd.tsx", 2, "error", "item"),
        ("IMP405", "frontend/src/QuickAdd.tsx", 2, "error", "note")]


def test_an_optional_second_body_parameter_nests_the_body_too():
    change = _items("def create_item(item: ItemCreate, session: SessionDep):",
                    "def create_item(item: ItemCreate, session: SessionDep, extra: ItemUpdate | None = None):")
    assert _keys(change) == [("IMP405", "frontend/src/NewItem.tsx", 4, "error", "item"),
                             ("IMP405", "frontend/src/QuickAdd.tsx", 2, "error", "item")]


def test_axios_params_and_ky_search_params_are_the_query_a_request_sends():
    base = {**BASE, "frontend/src/ItemList.tsx": (
        'import ky from "ky"\nimport { api } from "./api"\n\n'
        "export const byAxios = () => api.get(\"/items\", { params: { limit: 5 } })\n"
        "export const byKy = () => ky.get(\"/api/items\", { searchParams: { owner: \"me\" } }).json()\n")}
    assert _keys(_items(*OWNER), base) == [("IMP405", "frontend/src/ItemList.tsx", 4, "error", "owner")]


# -- silent (each beside a change that is reported, so that the rule is seen to run) ---------

OWNER = ("limit: int = 20, offset: int = Query(0)", "owner: str, limit: int = 20, offset: int = Query(0)")
OWNER_MISSING = ("IMP405", "frontend/src/ItemList.tsx", 2, "error", "owner")
PRICE_MISSING = [("IMP405", "frontend/src/NewItem.tsx", 4, "error", "price"),
                 ("IMP405", "frontend/src/QuickAdd.tsx", 2, "error", "price")]


@pytest.mark.parametrize("added", [
    "    price: float = 0\n",
    "    price: float | None\n",
    "    price: Optional[float]\n",
    "    price: float = Field(default=0)\n",
    "    price: float = Field(default_factory=float)\n",
    "    price: Annotated[float, Field(default=0)]\n",
])
def test_a_field_added_with_a_default_or_optional_is_silent(added):
    change = {**_schemas("class ItemCreate(ItemBase):\n", "class ItemCreate(ItemBase):\n" + added),
              **_items(*OWNER)}
    change["backend/app/schemas.py"] = "from typing import Annotated, Optional\n" + \
        change["backend/app/schemas.py"]
    assert _keys(change) == [OWNER_MISSING]


@pytest.mark.parametrize("parameter", ["owner: str | None", "owner: str = ''", "owner: str = Query(None)",
                                       "owner: Annotated[str, Query()] = 'me'", "owner: SessionDep"])
def test_a_query_parameter_added_with_a_default_optional_or_from_a_dependency_is_silent(parameter):
    change = {**_items("limit: int = 20,", f"{parameter}, limit: int = 20,"),
              **_schemas("class ItemCreate(ItemBase):\n", PRICE)}
    change["backend/app/routers/items.py"] = "from typing import Annotated\n" + \
        change["backend/app/routers/items.py"]
    assert _keys(change) == PRICE_MISSING


def test_a_required_field_sent_by_the_requests_updated_with_it_is_silent():
    change = {**_schemas("class ItemCreate(ItemBase):\n", PRICE),
              "frontend/src/NewItem.tsx": NEW_ITEM.replace("{ title, tags }", "{ title, tags, price: 1 }")}
    assert _keys(change) == PRICE_MISSING[1:]


def test_a_body_with_a_spread_is_not_judged():
    change = {**_schemas("class ItemCreate(ItemBase):\n", PRICE),
              "frontend/src/NewItem.tsx": NEW_ITEM.replace("{ title, tags }", "{ title, ...extra }")}
    assert _keys(change) == PRICE_MISSING[1:]


def test_a_body_from_a_variable_or_form_data_is_not_judged():
    change = {**_schemas("class ItemCreate(ItemBase):\n", PRICE),
              "frontend/src/QuickAdd.tsx": QUICK_ADD.replace(
                  'JSON.stringify({ title, description: "" })', "JSON.stringify(payload)"),
              "frontend/src/NewItem.tsx": NEW_ITEM.replace("{ title, tags }", "form")}
    assert _keys(change) == []
    change["frontend/src/QuickAdd.tsx"] = QUICK_ADD
    assert _keys(change) == PRICE_MISSING[1:]


def test_a_query_string_built_at_run_time_is_not_judged():
    change = {**_items(*OWNER), **_schemas("class ItemCreate(ItemBase):\n", PRICE),
              "frontend/src/ItemList.tsx": ITEM_LIST.replace(
                  "?limit=20&offset=${page * 20}", "?${new URLSearchParams(filters)}")}
    assert _keys(change) == PRICE_MISSING


def test_a_field_required_in_both_revisions_is_left_alone_even_when_a_request_lacks_it():
    """`title` is required in base and head; NewItem never sent it (it failed in base
    already): the change breaks nothing more there."""
    base = {**BASE, "frontend/src/NewItem.tsx": NEW_ITEM.replace("{ title, tags }", "{ tags }")}
    change = _schemas("class ItemCreate(ItemBase):\n", PRICE)
    assert _keys(change, base) == PRICE_MISSING[1:]


def test_a_route_renamed_with_its_callers_is_silent():
    change = {**_items('@router.post("")', '@router.post("/new")'), **_items(*OWNER),
              "frontend/src/NewItem.tsx": NEW_ITEM.replace('"/items"', '"/items/new"'),
              "frontend/src/QuickAdd.tsx": QUICK_ADD.replace('"/api/items"', '"/api/items/new"')}
    change["backend/app/routers/items.py"] = ITEMS.replace(*OWNER).replace(
        '@router.post("")', '@router.post("/new")')
    assert _keys(change) == [OWNER_MISSING]


def test_a_model_whose_validator_runs_first_may_fill_the_field_in():
    change = {**_schemas("class ItemCreate(ItemBase):\n", PRICE + (
        "\n    @model_validator(mode=\"before\")\n    @classmethod\n"
        "    def default_price(cls, data):\n        return {\"price\": 0, **data}\n")),
        **_items(*OWNER)}
    change["backend/app/schemas.py"] = change["backend/app/schemas.py"].replace(
        "BaseModel, Field", "BaseModel, Field, model_validator")
    assert _keys(change) == [OWNER_MISSING]


def test_a_body_next_to_a_parameter_of_a_class_impact_cannot_find_is_not_judged():
    """`extra: ExternalModel` may be a second body (FastAPI then nests each under its name)."""
    items = ITEMS.replace(*OWNER).replace(
        "def create_item(item: ItemCreate, session: SessionDep):",
        "def create_item(item: ItemCreate, extra: ExternalModel, session: SessionDep):")
    change = {**_schemas("class ItemCreate(ItemBase):\n", PRICE),
              "backend/app/routers/items.py": items}
    assert _keys(change) == [OWNER_MISSING]


@pytest.mark.parametrize("adding", [
    ("api.interceptors.request.use((config) => {\n  config.data = { ...config.data, price: 0 }\n"
     "  return config\n})\n"),
    "api.interceptors.request.use(addDefaults)\n",
    'export const other = axios.create({ baseURL: "/api", params: { lang: "en" } })\n',
])
def test_requests_of_an_axios_instance_that_adds_to_every_request_are_not_judged(adding):
    instance = "other" if "other" in adding else "api"
    change = {**_schemas("class ItemCreate(ItemBase):\n", PRICE),
              "frontend/src/api.ts": API + "\n" + adding,
              "frontend/src/NewItem.tsx": NEW_ITEM.replace("{ api }", f"{{ {instance} }}").replace(
                  "api.post", f"{instance}.post")}
    assert _keys(change) == PRICE_MISSING[1:]


BARE_AXIOS = NEW_ITEM.replace('import { api } from "./api"', 'import axios from "axios"').replace(
    'api.post("/items"', 'axios.post("/api/items"')


@pytest.mark.parametrize("setup", [
    ("axios.interceptors.request.use((config) => {\n  config.data = { ...config.data, price: 0 }\n"
     "  return config\n})\n"),
    "axios.defaults.data = { price: 0 }\n",
    "axios.defaults.params['price'] = 0\n",
])
def test_requests_of_a_library_whose_defaults_or_interceptor_add_to_every_request_are_not_judged(setup):
    """An interceptor or defaults set on the library itself (`axios`, in any module) may add
    keys to every request made with it: what such a request sends is not all written there."""
    base = {**BASE, "frontend/src/NewItem.tsx": BARE_AXIOS}
    change = _schemas("class ItemCreate(ItemBase):\n", PRICE)
    assert _keys(change, base) == PRICE_MISSING  # the bare axios call is judged
    setup_module = 'import axios from "axios"\n\n' + setup
    assert _keys(change, {**base, "frontend/src/setup.ts": setup_module}) == PRICE_MISSING[1:]


def test_an_interceptor_that_sets_a_header_adds_no_key():
    interceptor = ("api.interceptors.request.use((config) => {\n"
                   "  config.headers.Authorization = `Bearer ${localStorage.getItem('token')}`\n"
                   "  return config\n})\n")
    change = {**_schemas("class ItemCreate(ItemBase):\n", PRICE),
              "frontend/src/api.ts": API + "\n" + interceptor}
    assert _keys(change) == PRICE_MISSING


# -- end to end -----------------------------------------------------------------------------


def test_the_cli_reports_the_new_required_field_at_the_request_in_a_git_repository(tmp_path):
    repo = build_repo(tmp_path / "shop", [BASE, _schemas("class ItemCreate(ItemBase):\n", PRICE)])
    result = run_impact(repo, "diff", "HEAD~1", "HEAD", "--format", "json", "--select", "IMP405")
    assert result.exit_code == 1, result.stderr
    assert result.keys() == [("IMP405", "frontend/src/NewItem.tsx", 4, "price"),
                             ("IMP405", "frontend/src/QuickAdd.tsx", 2, "price")]
    text = run_impact(repo, "diff", "HEAD~1", "HEAD", "--select", "IMP405")
    assert "request-incompatible" in text.stdout or "IMP405" in text.stdout


def test_what_the_rule_reads_in_base_does_not_depend_on_the_head_it_was_compared_with(
        repo_factory, tmp_path):
    """A run keeps what the HTTP rules read in base, and a later change of base that touches
    none of it skips them. A first head without the requests never asks what base's `POST
    /api/items` requires (`ItemCreate`, which no route sends), yet a later change of that
    model must still be judged, as checking every file does."""
    frontend = {path: text for path, text in BASE.items() if path.startswith("frontend/src/")}
    repo = repo_factory([BASE, dict.fromkeys(frontend),
                         {**_schemas("class ItemCreate(ItemBase):\n", PRICE), **frontend}])
    cache = str(tmp_path / "cache")
    run_impact(repo, "--cache-dir", cache, "diff", "HEAD~2", "HEAD~1")
    warm = run_impact(repo, "--cache-dir", cache, "diff", "HEAD~2", "HEAD", "--format", "json")
    full = run_impact(repo, "--no-cache", "--full-scan", "diff", "HEAD~2", "HEAD", "--format", "json")
    assert warm.json["findings"] == full.json["findings"]
    found = warm.keys()
    assert [k for k in found if k[0] == "IMP405"] == [
        ("IMP405", "frontend/src/NewItem.tsx", 4, "price"),
        ("IMP405", "frontend/src/QuickAdd.tsx", 2, "price")]


@pytest.mark.parametrize("parameter", ["upload: UploadFile", "note: str = Form(...)", "ids: list[int]"])
def test_a_body_beside_a_form_or_a_list_is_not_judged(parameter):
    """A multipart form, or a list FastAPI reads from the body (which may nest the model under
    its name): the body's shape is not the model's alone."""
    items = ITEMS.replace(*OWNER).replace(
        "def create_item(item: ItemCreate, session: SessionDep):",
        f"def create_item(item: ItemCreate, session: SessionDep, {parameter}):")
    change = {**_schemas("class ItemCreate(ItemBase):\n", PRICE),
              "backend/app/routers/items.py": "from typing import Optional\n\n"
                                              "from fastapi import Form, UploadFile\n" + items}
    assert _keys(change) == [OWNER_MISSING]


# -- Flask: what a view surely reads by subscript ---------------------------------------------

FLASK_VIEWS = '''\
from flask import Blueprint, jsonify, request

bp = Blueprint("notes", __name__, url_prefix="/api/notes")


@bp.post("")
def create_note():
    data = request.get_json()
    text = data["text"]
    pinned = data.get("pinned", False)
    return jsonify({"text": text, "pinned": pinned}), 201


@bp.get("")
def list_notes():
    page = request.args.get("page", 1)
    return jsonify([])
'''
FLASK_APP = '''\
from flask import Flask

from .views import bp

app = Flask(__name__)
app.register_blueprint(bp)
'''
NOTES_JS = '''\
export async function addNote(text) {
  await fetch("/api/notes", { method: "POST", headers: { "Content-Type": "application/json" },
                              body: JSON.stringify({ text }) })
}

export async function listNotes() {
  return (await fetch("/api/notes?page=1")).json()
}
'''
FLASK_BASE = {"notes/__init__.py": FLASK_APP, "notes/views.py": FLASK_VIEWS,
              "notes/static/notes.js": NOTES_JS}


def _flask(old: str, new: str) -> dict:
    assert old in FLASK_VIEWS
    return {"notes/views.py": FLASK_VIEWS.replace(old, new)}


def test_a_flask_view_that_now_reads_a_body_field_by_subscript_requires_it():
    change = _flask('    pinned = data.get("pinned", False)\n', '    pinned = data["pinned"]\n')
    result = _run(change, FLASK_BASE)
    assert severity_keys(result.findings) == [("IMP405", "notes/static/notes.js", 2, "error", "pinned")]
    assert "now requires (notes/views.py:10)" in result.findings[0]["message"]


def test_a_flask_view_that_now_reads_a_query_parameter_by_subscript_requires_it():
    change = _flask('    page = request.args.get("page", 1)\n',
                    '    page = request.args.get("page", 1)\n    owner = request.args["owner"]\n')
    assert _keys(change, FLASK_BASE) == [("IMP405", "notes/static/notes.js", 7, "error", "owner")]


@pytest.mark.parametrize("read", [
    '    if data.get("archived"):\n        pinned = data["pinned"]\n',
    '    try:\n        pinned = data["pinned"]\n    except KeyError:\n        pinned = False\n',
    '    pinned = data["pinned"] if "pinned" in data else False\n',
    '    if not text:\n        return jsonify({}), 400\n    pinned = data["pinned"]\n',
])
def test_a_flask_read_that_may_not_run_requires_nothing(read):
    """A read under a condition, in a `try`, or after the view may have returned: the view
    may serve the request without the key."""
    change = _flask('    pinned = data.get("pinned", False)\n', read)
    change["notes/views.py"] = change["notes/views.py"].replace(
        '    page = request.args.get("page", 1)\n', '    owner = request.args["owner"]\n')
    assert _keys(change, FLASK_BASE) == [("IMP405", "notes/static/notes.js", 7, "error", "owner")]


def test_a_flask_view_serving_two_methods_requires_what_its_post_branch_opens_with():
    views = FLASK_VIEWS.replace('@bp.post("")\ndef create_note():\n    data = request.get_json()\n'
                                '    text = data["text"]\n    pinned = data.get("pinned", False)\n'
                                '    return jsonify({"text": text, "pinned": pinned}), 201\n',
                                '@bp.route("/edit", methods=["GET", "POST"])\ndef edit_note():\n'
                                '    if request.method == "POST":\n        data = request.get_json()\n'
                                '        text = data["text"]\n        return jsonify({"text": text})\n'
                                '    return jsonify({})\n')
    js = NOTES_JS.replace('"/api/notes", { method', '"/api/notes/edit", { method') + \
        'export const form = () => fetch("/api/notes/edit")\n'
    base = {**FLASK_BASE, "notes/views.py": views, "notes/static/notes.js": js}
    change = {"notes/views.py": views.replace('        text = data["text"]\n',
                                              '        text = data["text"]\n        title = data["title"]\n')}
    assert _keys(change, base) == [("IMP405", "notes/static/notes.js", 2, "error", "title")]


def test_a_flask_view_requires_what_the_return_that_opens_it_reads():
    """`return jsonify({..., "colour": data["colour"]})` before anything else: what it returns
    is built, the key read (one read under a condition of its own, not)."""
    change = _flask('    return jsonify({"text": text, "pinned": pinned}), 201\n',
                    '    return jsonify({"text": text, "pinned": pinned, "colour": data["colour"],\n'
                    '                    "tag": data["tag"] if "tag" in data else None}), 201\n')
    assert _keys(change, FLASK_BASE) == [("IMP405", "notes/static/notes.js", 2, "error", "colour")]
