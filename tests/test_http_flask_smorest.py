"""Flask-Smorest: `@blp.response(200, S)` on a view or a `MethodView` method sends what the
marshmallow schema `S` dumps of the returned value (its fields by `data_key` or name; never a
`load_only` one; open under a `@post_dump` hook), not the value itself."""

from __future__ import annotations

from conftest import selected_keys

APP = """\
from flask import Flask
from flask_smorest import Api

from shop.routes import blp


def create_app():
    app = Flask(__name__)
    api = Api(app)
    api.register_blueprint(blp, url_prefix="/api/items")
    return app
"""
SCHEMAS = """\
from marshmallow import Schema, fields, post_dump


class ItemSchema(Schema):
    id = fields.Int(dump_only=True)
    label = fields.Str(attribute="name")
    inStock = fields.Bool(data_key="in_stock")
    secret = fields.Str(load_only=True)


class ReceiptSchema(Schema):
    itemId = fields.Int(attribute="item_id")
    paid = fields.Float()


class LooseSchema(Schema):
    note = fields.Str()

    @post_dump
    def wrap(self, data, **kwargs):
        return {"data": data}
"""
ROUTES = """\
from flask.views import MethodView
from flask_smorest import Blueprint

from shop.schemas import ItemSchema, LooseSchema, ReceiptSchema

blp = Blueprint("items", __name__)


@blp.route("/")
class Items(MethodView):
    @blp.response(200, ItemSchema(many=True))
    def get(self):
        return []


@blp.route("/<int:item_id>/buy", methods=["POST"])
@blp.response(201, ReceiptSchema)
def buy(item_id):
    return {"item_id": item_id, "paid": 3.0}


@blp.route("/<int:item_id>/note")
@blp.response(200, LooseSchema)
def note(item_id):
    return {"note": "x"}
"""
WEB = """\
export async function items() {
  const list = await (await fetch('/api/items/')).json();
  return list.map((item) => [item.label, item.in_stock]);
}

export async function buy(id) {
  const receipt = await (await fetch(`/api/items/${id}/buy`, { method: 'POST' })).json();
  return receipt.itemId;
}

export async function note(id) {
  const n = await (await fetch(`/api/items/${id}/note`)).json();
  return n.note;
}
"""
BASE = {"api/shop/__init__.py": APP, "api/shop/schemas.py": SCHEMAS, "api/shop/routes.py": ROUTES,
        "web/api.js": WEB}


def _keys(change):
    return sorted(key[:4] for key in selected_keys(BASE, change, ("IMP4",)))


def test_a_field_of_a_methodviews_response_schema_renamed_on_the_wire():
    data_key = {"api/shop/schemas.py": SCHEMAS.replace('data_key="in_stock"', 'data_key="available"')}
    assert _keys(data_key) == [("IMP402", "web/api.js", 3, "error"),
                               ("IMP404", "api/shop/schemas.py", 7, "error")]
    name = {"api/shop/schemas.py": SCHEMAS.replace('    label = fields.Str(attribute="name")',
                                                   '    title = fields.Str(attribute="name")')}
    assert _keys(name) == [("IMP402", "web/api.js", 3, "error"),
                           ("IMP404", "api/shop/schemas.py", 6, "error")]


def test_a_view_sends_what_its_schema_dumps_not_the_dict_it_returns():
    """`itemId` is on the wire (the view returns `item_id`): the schema renamed breaks the read,
    the returned dict's key renamed with `attribute=` does not."""
    schema = {"api/shop/schemas.py": SCHEMAS.replace('    itemId = fields.Int(attribute="item_id")',
                                                     '    item = fields.Int(attribute="item_id")')}
    assert _keys(schema) == [("IMP402", "web/api.js", 8, "error"),
                             ("IMP404", "api/shop/schemas.py", 12, "error")]
    returned = {"api/shop/routes.py": ROUTES.replace('{"item_id": item_id,', '{"item_id": item_id, "x": 1,')}
    assert _keys(returned) == []


def test_a_load_only_field_and_a_schema_with_a_post_dump_hook_are_not_judged():
    hidden = {"api/shop/schemas.py": SCHEMAS.replace("    secret = fields.Str(load_only=True)\n", "")}
    assert _keys(hidden) == []
    wrapped = {"api/shop/schemas.py": SCHEMAS.replace("    note = fields.Str()", "    text = fields.Str()")}
    assert _keys(wrapped) == []
