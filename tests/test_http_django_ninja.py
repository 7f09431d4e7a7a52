"""Django Ninja: a `NinjaAPI` served where a URL conf includes its `urls`, its routers mounted
with `api.add_router(prefix, router)`, `@router.get(path, response=...)` with `Schema`
classes (pydantic: fields by their names unless `by_alias=True`; a map of status codes to
schemas), and the body schema a view's typed parameter asks for."""

from __future__ import annotations

from conftest import selected_keys

URLS = """\
from django.urls import path

from shop.api import api

urlpatterns = [
    path("api/", api.urls),
]
"""
API = """\
from ninja import NinjaAPI

from shop.items import router as items_router

api = NinjaAPI()
api.add_router("/items/", items_router)
"""
ITEMS = """\
from ninja import Field, Router, Schema

router = Router()


class ItemOut(Schema):
    id: int
    label: str = Field(..., alias="name")


class OrderIn(Schema):
    quantity: int
    note: str = ""


class OrderOut(Schema):
    item_id: int
    quantity: int


@router.get("/", response=list[ItemOut])
def list_items(request):
    return []


@router.post("/{item_id}/orders", response={201: OrderOut, 404: None})
def order(request, item_id: int, payload: OrderIn):
    return 201, {"item_id": item_id, "quantity": payload.quantity}
"""
WEB = """\
export async function items() {
  const response = await fetch('/api/items/');
  const list = await response.json();
  return list.map((item) => item.label);
}

export async function order(id) {
  const response = await fetch(`/api/items/${id}/orders`, {
    method: 'POST',
    body: JSON.stringify({ quantity: 1 }),
  });
  const { quantity } = await response.json();
  return quantity;
}
"""
BASE = {"backend/manage.py": "", "backend/shop/__init__.py": "", "backend/shop/urls.py": URLS,
        "backend/shop/api.py": API, "backend/shop/items.py": ITEMS, "web/api.js": WEB,
        "backend/settings.py": 'ROOT_URLCONF = "shop.urls"\n'}


def _keys(change):
    return sorted(key[:4] for key in selected_keys(BASE, change, ("IMP4",)))


def test_a_route_of_a_router_added_to_an_api_a_url_conf_includes():
    change = {"backend/shop/items.py": ITEMS.replace('"/{item_id}/orders"', '"/{item_id}/purchases"')}
    assert _keys(change) == [("IMP401", "web/api.js", 8, "error"),
                             ("IMP403", "backend/shop/items.py", 26, "error")]
    prefix = {"backend/shop/api.py": API.replace('"/items/"', '"/products/"')}
    assert _keys(prefix) == [("IMP401", "web/api.js", 2, "error"), ("IMP401", "web/api.js", 8, "error"),
                             ("IMP403", "backend/shop/items.py", 21, "error"),
                             ("IMP403", "backend/shop/items.py", 26, "error")]


def test_a_schema_sends_its_fields_by_name_and_a_status_map_its_successes():
    """`label` is sent as `label` (`alias` names the attribute it is read from)."""
    label = {"backend/shop/items.py": ITEMS.replace('    label: str = Field(..., alias="name")',
                                                    '    title: str = Field(..., alias="name")')}
    assert _keys(label) == [("IMP402", "web/api.js", 4, "error"),
                            ("IMP404", "backend/shop/items.py", 8, "error")]
    quantity = {"backend/shop/items.py": ITEMS.replace("    item_id: int\n    quantity: int\n",
                                                       "    item_id: int\n    count: int\n")}
    assert _keys(quantity) == [("IMP402", "web/api.js", 12, "error"),
                               ("IMP404", "backend/shop/items.py", 18, "error")]


def test_a_body_schema_field_now_required_and_the_request_parameter_is_no_query():
    change = {"backend/shop/items.py": ITEMS.replace('    note: str = ""', "    note: str")}
    assert _keys(change) == [("IMP405", "web/api.js", 8, "error")]
    assert _keys({"web/api.js": WEB + "\nexport const n = 1;\n"}) == []


def test_a_router_added_by_its_import_path_may_serve_anything_under_its_prefix():
    """`api.add_router("/orders/", "shop.orders.router")` is not followed: a request under
    `/api/orders/` is not judged, while one of the routes impact reads still is."""
    api = API + 'api.add_router("/orders/", "shop.orders.router")\n'
    web = WEB + "\nexport const history = () => fetch('/api/orders/history');\n"
    base = {**BASE, "backend/shop/api.py": api, "web/api.js": web}
    renamed = {"backend/shop/items.py": ITEMS.replace('"/{item_id}/orders"', '"/{item_id}/purchases"')}
    keys = sorted(key[:4] for key in selected_keys(base, renamed, ("IMP4",)))
    assert keys == [("IMP401", "web/api.js", 8, "error"), ("IMP403", "backend/shop/items.py", 26, "error")]
    gone = {"backend/shop/api.py": API}
    assert sorted(key[:4] for key in selected_keys(base, gone, ("IMP4",))) == [
        ("IMP401", "web/api.js", 16, "error")]
