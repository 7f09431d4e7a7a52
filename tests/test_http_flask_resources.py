"""Flask-RESTful and Flask-RESTX resources and Flask `MethodView`s: the operations a
registered class serves are the HTTP methods it (and its bases in the repository) defines,
under the `Api`'s prefix and the app or blueprint it is given. A class whose base is not
found may serve any method (no finding); an `Api` never attached to an app is unplaced.
The cases run in memory (conftest.selected_keys)."""

from __future__ import annotations

from conftest import selected_keys

APP = '''\
from flask import Flask
from flask_restful import Api

from .resources import UserList, UserResource

app = Flask(__name__)
api = Api(app, prefix="/api")
api.add_resource(UserList, "/users")
api.add_resource(UserResource, "/users/<int:user_id>", "/people/<int:user_id>")
'''
RESOURCES = '''\
from flask_restful import Resource


class BaseResource(Resource):
    def options(self):
        return {}


class UserList(BaseResource):
    def get(self):
        return [{"id": 1}]

    def post(self):
        return {"id": 2}, 201


class UserResource(BaseResource):
    def get(self, user_id):
        return {"id": user_id}

    def delete(self, user_id):
        return "", 204
'''
USERS = '''\
export async function removeUser(id) {
  await fetch(`/api/users/${id}`, { method: 'DELETE' })
}

export async function addUser(user) {
  await fetch('/api/users', { method: 'POST', body: JSON.stringify(user) })
}
'''
BASE = {"server/__init__.py": "", "server/app.py": APP, "server/resources.py": RESOURCES,
        "web/src/users.js": USERS}
NO_DELETE = {"server/resources.py": RESOURCES.replace(
    '\n    def delete(self, user_id):\n        return "", 204\n', "")}


def _keys(change: dict, base: dict = BASE) -> list[tuple]:
    return sorted(selected_keys(base, change, ("IMP4",)))


def test_a_method_removed_from_a_resource_class_is_an_unserved_request():
    assert _keys(NO_DELETE) == [
        ("IMP401", "web/src/users.js", 2, "error", "DELETE /api/users/{param}"),
        ("IMP403", "server/app.py", 9, "error", "DELETE /api/users/<int:user_id>")]


def test_the_api_prefix_changed_without_its_callers():
    change = {"server/app.py": APP.replace('prefix="/api"', 'prefix="/api/v2"')}
    assert [k[:3] for k in _keys(change) if k[0] == "IMP401"] == [
        ("IMP401", "web/src/users.js", 2), ("IMP401", "web/src/users.js", 6)]


def test_a_method_moved_to_a_base_class_is_still_served():
    change = {"server/resources.py": NO_DELETE["server/resources.py"].replace(
        "    def options(self):", "    def delete(self, user_id):\n        return '', 204\n\n    def options(self):")}
    assert _keys(change) == []


def test_a_resource_with_a_base_impact_cannot_find_or_an_unattached_api_is_not_judged():
    unknown = {**BASE, "server/resources.py": RESOURCES.replace(
        "class BaseResource(Resource):", "from somewhere import Mixin\n\n\nclass BaseResource(Mixin, Resource):")}
    change = {"server/resources.py": unknown["server/resources.py"].replace(
        '\n    def delete(self, user_id):\n        return "", 204\n', "")}
    assert _keys(change, unknown) == []
    unattached = {**BASE, "server/app.py": APP.replace("Api(app, ", "Api(")}
    assert _keys(NO_DELETE, unattached) == []


RESTX = '''\
from flask import Blueprint, Flask
from flask_restx import Api, Namespace, Resource

bp = Blueprint("api", __name__, url_prefix="/api")
api = Api(bp)
ns = Namespace("tasks")


@ns.route("/<int:task_id>")
class Task(Resource):
    def get(self, task_id):
        return {"id": task_id}

    def put(self, task_id):
        return {"id": task_id}


api.add_namespace(ns)
app = Flask(__name__)
app.register_blueprint(bp)
'''
TASKS = '''\
export function saveTask(task) {
  return fetch(`/api/tasks/${task.id}`, { method: 'PUT', body: JSON.stringify(task) })
}
'''


def test_a_restx_namespace_route_on_a_blueprint_api():
    base = {"server/app.py": RESTX, "web/src/tasks.js": TASKS}
    no_put = {"server/app.py": RESTX.replace(
        "\n    def put(self, task_id):\n        return {\"id\": task_id}\n", "")}
    assert _keys(no_put, base) == [
        ("IMP401", "web/src/tasks.js", 2, "error", "PUT /api/tasks/{param}"),
        ("IMP403", "server/app.py", 9, "error", "PUT /api/tasks/<int:task_id>")]
    moved = {"server/app.py": RESTX.replace("api.add_namespace(ns)", 'api.add_namespace(ns, path="/jobs")')}
    assert [k[:2] for k in _keys(moved, base)] == [
        ("IMP401", "web/src/tasks.js"), ("IMP403", "server/app.py"), ("IMP403", "server/app.py")]


METHOD_VIEW = '''\
from flask import Flask
from flask.views import MethodView

app = Flask(__name__)


class ItemAPI(MethodView):
    def get(self, item_id):
        return {"id": item_id}

    def patch(self, item_id):
        return {"id": item_id}


app.add_url_rule("/items/<int:item_id>", view_func=ItemAPI.as_view("item"))
'''


def test_a_method_view_serves_the_methods_it_defines():
    base = {"app.py": METHOD_VIEW,
            "static/items.js": "export const touch = (id) => fetch(`/items/${id}`, { method: 'PATCH' })\n"}
    change = {"app.py": METHOD_VIEW.replace(
        "\n    def patch(self, item_id):\n        return {\"id\": item_id}\n", "")}
    assert _keys(change, base) == [
        ("IMP401", "static/items.js", 1, "error", "PATCH /items/{param}"),
        ("IMP403", "app.py", 15, "error", "PATCH /items/<int:item_id>")]
