"""Flask-RESTX / Flask-RESTful request parsers (`reqparse.RequestParser()`, `add_argument(...,
required=True, location=...)`, `parse_args()`) as what a resource's method requires (IMP405);
a `Resource`'s methods sending what they return (IMP402/IMP404); React Router's `useFetcher()`
reading the route's own action's value as `fetcher.data`, an action returning a wrapper's
value as it is: the rules the nursery app of tests/test_apps.py reaches, with their limits."""

from __future__ import annotations

from conftest import selected_keys

API = """\
from flask import Flask
from flask_restx import Api, Resource, reqparse

app = Flask(__name__)
api = Api(app, prefix="/api")

listing = reqparse.RequestParser()
listing.add_argument("genus", type=str, location="args")

restocking = reqparse.RequestParser()
restocking.add_argument("quantity", type=int, required=True, location="json")
restocking.add_argument("supplier", type=str, location="json")


@api.route("/plants")
class Plants(Resource):
    def get(self):
        args = listing.parse_args()
        return [{"id": 1, "genus": args["genus"]}]


@api.route("/plants/<int:plant_id>/restock")
class Restock(Resource):
    def post(self, plant_id):
        args = restocking.parse_args()
        return {"id": plant_id, "in_stock": args["quantity"], "name": "x"}, 200
"""
WEB = """\
export async function listPlants() {
  const res = await fetch('/api/plants');
  return res.json();
}

export async function restock(id, quantity) {
  const res = await fetch(`/api/plants/${id}/restock`, {
    method: 'POST',
    body: JSON.stringify({ quantity }),
  });
  const plant = await res.json();
  return plant.in_stock;
}
"""
BASE = {"api.py": API, "web/api.js": WEB}


def _keys(base, change):
    return sorted(key[:4] for key in selected_keys(base, change, ("IMP4",)))


def test_a_required_argument_of_a_parser_the_method_runs_is_required_where_it_is_read_from():
    supplier = {"api.py": API.replace('"supplier", type=str, location="json"',
                                      '"supplier", type=str, required=True, location="json"')}
    assert _keys(BASE, supplier) == [("IMP405", "web/api.js", 7, "error")]
    genus = {"api.py": API.replace('"genus", type=str, location="args"',
                                   '"genus", type=str, required=True, location="args"')}
    assert _keys(BASE, genus) == [("IMP405", "web/api.js", 2, "error")]


def test_an_argument_without_a_location_may_come_in_the_body_or_the_query():
    anywhere = {"api.py": API.replace('"supplier", type=str, location="json"', '"supplier", required=True')}
    assert _keys(BASE, anywhere) == [("IMP405", "web/api.js", 7, "error")]  # ("json", "values")
    in_query = WEB.replace("`/api/plants/${id}/restock`", "`/api/plants/${id}/restock?supplier=acme`")
    assert _keys({**BASE, "web/api.js": in_query}, anywhere) == []
    in_body = WEB.replace("JSON.stringify({ quantity })", "JSON.stringify({ quantity, supplier: 'acme' })")
    assert _keys({**BASE, "web/api.js": in_body}, anywhere) == []


def test_an_argument_read_from_elsewhere_or_a_parser_changed_otherwise_is_not_judged():
    headers = {"api.py": API.replace('"supplier", type=str, location="json"',
                                     '"supplier", required=True, location="headers"')}
    assert _keys(BASE, headers) == []
    replaced = API.replace('restocking.add_argument("supplier", type=str, location="json")',
                           'restocking.add_argument("supplier", type=str, required=True, location="json")\n'
                           'restocking.remove_argument("supplier")')
    assert _keys(BASE, {"api.py": replaced}) == []


def test_a_parser_made_in_the_method_is_read_there():
    local = API.replace("        args = restocking.parse_args()\n",
                        "        parser = reqparse.RequestParser()\n"
                        '        parser.add_argument("quantity", type=int, location="json")\n'
                        "        args = parser.parse_args()\n")
    required = local.replace('"quantity", type=int, location="json")\n        args',
                             '"quantity", type=int, location="json")\n'
                             '        parser.add_argument("reason", required=True, location="json")\n        args')
    assert _keys({**BASE, "api.py": local}, {"api.py": required}) == [("IMP405", "web/api.js", 7, "error")]


def test_a_resources_method_sends_what_it_returns():
    dropped = {"api.py": API.replace('"in_stock": args["quantity"], ', "")}
    assert _keys(BASE, dropped) == [("IMP402", "web/api.js", 12, "error"),
                                    ("IMP404", "api.py", 26, "error")]
    own_base = API.replace("class Restock(Resource):", "class Restock(BaseResource):").replace(
        "from flask_restx import Api, Resource, reqparse",
        "from flask_restx import Api, Resource, reqparse\nfrom base import BaseResource")
    assert _keys({**BASE, "api.py": own_base},
                 {"api.py": own_base.replace('"in_stock": args["quantity"], ', "")}) == []


ROUTES = """\
const express = require('express')

const app = express()
app.post('/api/plants/:id/restock', (req, res) => res.json({ id: 1, name: 'x', in_stock: 3 }))
app.listen(3000)
"""
CLIENT = """\
export async function restockPlant(id: number, quantity: number) {
  const res = await fetch(`/api/plants/${id}/restock`, { method: 'POST', body: JSON.stringify({ quantity }) });
  return res.json();
}
"""
ROUTE = """\
import { useFetcher } from "react-router";
import { restockPlant } from "../api";

export async function action({ request }) {
  const form = await request.formData();
  return restockPlant(Number(form.get("id")), Number(form.get("quantity")));
}

export default function Plants() {
  const fetcher = useFetcher<typeof action>();
  return (
    <fetcher.Form method="post">
      {fetcher.data && <p>{fetcher.data.name}: {fetcher.data.in_stock}</p>}
    </fetcher.Form>
  );
}
"""
ROUTED = {"server/index.js": ROUTES, "web/app/api.ts": CLIENT, "web/app/routes/plants.tsx": ROUTE,
          "web/package.json": '{"dependencies": {"react-router": "^7"}}'}
DROPPED = {"server/index.js": ROUTES.replace(", in_stock: 3", "")}


def test_a_fetchers_data_is_what_the_routes_own_action_returns():
    assert _keys(ROUTED, DROPPED) == [("IMP402", "web/app/routes/plants.tsx", 13, "error"),
                                      ("IMP404", "server/index.js", 4, "error")]


def test_a_fetcher_that_loads_or_submits_elsewhere_or_shares_a_key_is_not_read():
    loads = ROUTE.replace("  return (\n", "  fetcher.load('/plants/summary');\n  return (\n")
    elsewhere = ROUTE.replace('<fetcher.Form method="post">', '<fetcher.Form method="post" action="/restock">')
    keyed = ROUTE.replace("useFetcher<typeof action>()", "useFetcher<typeof action>({ key: 'restock' })")
    other_hook = ROUTE.replace('from "react-router"', 'from "./fetching"')
    for route in (loads, elsewhere, keyed, other_hook):
        assert _keys({**ROUTED, "web/app/routes/plants.tsx": route}, DROPPED) == [], route


ROW = """\
import { useFetcher } from "react-router";
import type { action } from "../routes/plants";

export function RestockRow({ id }: { id: number }) {
  const fetcher = useFetcher<typeof action>();
  return (
    <fetcher.Form method="post" action="/?index">
      <input type="hidden" name="id" value={id} />
      {fetcher.data && <span>{fetcher.data.in_stock}</span>}
    </fetcher.Form>
  );
}
"""


def test_a_fetcher_of_another_module_typed_by_a_routes_action_holds_its_value():
    routed = {**ROUTED, "web/app/components/RestockRow.tsx": ROW}
    assert ("IMP402", "web/app/components/RestockRow.tsx", 9, "error") in _keys(routed, DROPPED)
    untyped = ROW.replace("useFetcher<typeof action>()", "useFetcher()")
    loads = ROW.replace("  return (\n", "  fetcher.load('/plants/summary');\n  return (\n")
    elsewhere = ROW.replace('from "../routes/plants"', 'from "@remote/routes"')
    for row in (untyped, loads, elsewhere):
        found = _keys({**ROUTED, "web/app/components/RestockRow.tsx": row}, DROPPED)
        assert not any(key[1] == "web/app/components/RestockRow.tsx" for key in found), row


def test_a_flask_restful_method_marshalled_with_a_fields_dict_sends_no_known_fields():
    restful = API.replace("from flask_restx import Api, Resource, reqparse",
                          "from flask_restful import Api, Resource, marshal_with, reqparse").replace(
        '@api.route("/plants/<int:plant_id>/restock")\nclass Restock(Resource):\n    def post',
        'class Restock(Resource):\n    @marshal_with(PLANT_FIELDS)\n    def post').replace(
        '@api.route("/plants")\n', "") + '\napi.add_resource(Plants, "/plants")\n' \
        'api.add_resource(Restock, "/plants/<int:plant_id>/restock")\n'
    dropped = {"api.py": restful.replace('"in_stock": args["quantity"], ', "")}
    assert _keys({**BASE, "api.py": restful}, dropped) == []
    unmarshalled = restful.replace("    @marshal_with(PLANT_FIELDS)\n", "")
    assert _keys({**BASE, "api.py": unmarshalled},
                 {"api.py": unmarshalled.replace('"in_stock": args["quantity"], ', "")}) == [
        ("IMP402", "web/api.js", 12, "error"), ("IMP404", "api.py", 24, "error")]


BANNER = """\
import { useFetcher } from "react-router";
import type { action } from "../routes/plants";

export function LastRestock() {
  const fetcher = useFetcher<typeof action>({ key: "restock" });
  return fetcher.data ? <p>{fetcher.data.in_stock} in stock</p> : null;
}
"""


def test_a_fetcher_shared_by_key_and_typed_by_a_routes_action_holds_its_value():
    routed = {**ROUTED, "web/app/components/LastRestock.tsx": BANNER}
    assert ("IMP402", "web/app/components/LastRestock.tsx", 6, "error") in _keys(routed, DROPPED)
    with_options = BANNER.replace('{ key: "restock" }', '{ key: "restock", persist: true }')
    untyped = BANNER.replace("useFetcher<typeof action>(", "useFetcher(")
    for banner in (with_options, untyped):
        found = _keys({**ROUTED, "web/app/components/LastRestock.tsx": banner}, DROPPED)
        assert not any(key[1] == "web/app/components/LastRestock.tsx" for key in found), banner
