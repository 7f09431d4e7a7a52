"""A blueprint or router mounted on a function's parameter (`def register_routes(app):
app.register_blueprint(bp, url_prefix="/api")`) is mounted on the routers the repository's
calls pass there (`register_routes(app)` in an app factory), one level; a function nobody
calls with a router leaves its routes unplaced, as before. The cases run in memory (conftest.selected_keys)."""

from __future__ import annotations

from conftest import selected_keys

FACTORY = '''\
from flask import Flask

from .routes import register_routes


def create_app():
    app = Flask(__name__)
    register_routes(app)
    return app
'''
ROUTES = '''\
from flask import Blueprint, Flask

bp = Blueprint("api", __name__)


@bp.route("/items/<int:item_id>", methods=["DELETE"])
def delete_item(item_id):
    return "", 204


def register_routes(app: Flask, debug=False):
    app.register_blueprint(bp, url_prefix="/api")
'''
CLIENT = '''\
export function removeItem(id) {
  return fetch(`/api/items/${id}`, { method: 'DELETE' })
}
'''
BASE = {"app/__init__.py": FACTORY, "app/routes.py": ROUTES, "app/static/items.js": CLIENT}


def _keys(change: dict, base: dict = BASE) -> list[tuple]:
    return sorted(selected_keys(base, change, ("IMP4",)))


def test_a_blueprint_registered_in_a_function_given_the_app():
    change = {"app/routes.py": ROUTES.replace('"/items/<int:item_id>"', '"/things/<int:item_id>"')}
    assert _keys(change) == [
        ("IMP401", "app/static/items.js", 2, "error", "DELETE /api/items/{param}"),
        ("IMP403", "app/routes.py", 6, "error", "DELETE /api/items/<int:item_id>")]
    moved = {"app/routes.py": ROUTES.replace('url_prefix="/api"', 'url_prefix="/api/v2"')}
    assert [k[:3] for k in _keys(moved)] == [
        ("IMP401", "app/static/items.js", 2), ("IMP403", "app/routes.py", 6)]


def test_a_function_nobody_calls_with_a_router_leaves_its_routes_unplaced():
    base = {**BASE, "app/__init__.py": FACTORY.replace("register_routes(app)", "register_routes(config)")}
    change = {"app/routes.py": ROUTES.replace('"/items/<int:item_id>"', '"/things/<int:item_id>"')}
    assert _keys(change, base) == []


SUBCLASS_FACTORY = '''\
from flask import Flask

from .routes import register_routes


class ShopApp(Flask):
    def __init__(self, *args, **kwargs):
        super().__init__(__name__, *args, **kwargs)


def create_app():
    app = ShopApp()
    register_routes(app)
    return app
'''


def test_an_instance_of_a_flask_subclass_is_the_app():
    """`class ShopApp(Flask)`; `app = ShopApp()` (redash's `Redash(Flask)`)."""
    base = {**BASE, "app/__init__.py": SUBCLASS_FACTORY}
    change = {"app/routes.py": ROUTES.replace('"/items/<int:item_id>"', '"/things/<int:item_id>"')}
    assert _keys(change, base) == [
        ("IMP401", "app/static/items.js", 2, "error", "DELETE /api/items/{param}"),
        ("IMP403", "app/routes.py", 6, "error", "DELETE /api/items/<int:item_id>")]
