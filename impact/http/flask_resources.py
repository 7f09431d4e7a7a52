"""Flask class-based views: Flask-RESTful and Flask-RESTX resources, Flask's `MethodView`.

`api = Api(app, prefix="/api")` (also `Api(blueprint)`, `Api()` then `api.init_app(app)`) is a
router mounted on the app or blueprint it is given; `api.add_resource(UserResource,
"/users/<int:id>", "/users")` serves each URL with the methods the class defines (`def
get(self, id)`, `def post(self)`, also those of base classes in the repository). Flask-RESTX:
`ns = api.namespace("users", path="/users")` or `Namespace("users")` (path `/users` when none
is given) added with `api.add_namespace(ns, path=...)`, and `@ns.route("/<int:id>")` on a
resource class. `app.add_url_rule("/x", view_func=UserAPI.as_view("user"))` serves the
methods of the `MethodView`. A class whose base impact cannot find may define any method:
its routes serve every method.
"""

from __future__ import annotations

from tree_sitter import Node

from impact.http import drf, flask_requests, flask_restx, marshmallow
from impact.http.py_bodies import OPEN, class_bases, module_classes, view_bodies
from impact.http.py_syntax import call_arguments, string_literal
from impact.lang.treesitter import site, text
from impact.model import BodyDecl, MountDecl, ResourceDecl, RouteDecl, RouterDecl

RESOURCE_VERB = "add_resource"  # `api.add_resource(Cls, *urls)`: resource_route
API_MOUNT_VERBS = ("init_app", "add_namespace")  # api_mount

VERBS = ("get", "post", "put", "patch", "delete", "head", "options")
BASES = ("Resource", "MethodView", "View")  # Flask-RESTful/RESTX's and Flask's own
MAX_DEPTH = 4


def resources(root: Node, request: str | None = None) -> list[ResourceDecl]:
    """Module-level classes that define an HTTP method or derive from a resource or view;
    `request`: the name Flask's request is imported as (what each method surely reads of it,
    and of a Flask-RESTX namespace's `payload`, is read as a Flask view's)."""
    found = []
    smorest = marshmallow.SMOREST.encode() in (root.text or b"")
    restx = flask_restx.models(root) if flask_restx.may_declare(root.text or b"") else None
    for node in module_classes(root):
        bases = class_bases(node)
        functions = [f for f in _functions(node) if text(f.child_by_field_name("name")) in VERBS]
        verbs = [text(f.child_by_field_name("name")).upper() for f in functions]
        if verbs or any(b.rsplit(".", 1)[-1].endswith(BASES) for b in bases):
            name = node.child_by_field_name("name")
            reshaped = drf.class_renders_its_own_way(node)  # what it sends is not what it returns
            sent = tuple((OPEN,) if reshaped else _serialised(f, smorest, restx is not None) or
                         view_bodies(f) for f in functions)
            owners = flask_restx.route_owners(node) if restx is not None else ()
            parsing = root if flask_restx.PARSER_CLASS.encode() in (root.text or b"") else None
            constructed = _constructor_parsed(node, parsing)
            reads = tuple(_reads(f, request, owners, restx, parsing) + constructed +
                          (marshmallow.smorest_arguments(f.parent) if smorest else ()) for f in functions)
            found.append(ResourceDecl(text(name), tuple(bases), tuple(verbs), site(name), sent, reads))
    return found


def _reads(function: Node, request: str | None, owners: tuple[str, ...],
           restx: tuple | None, parsing: Node | None) -> tuple:
    """What a method surely requires: `request.json["x"]`, `ns.payload["x"]` (`ns` a
    namespace the class is routed on), a validated `@ns.expect(model)`'s required fields, the
    required arguments of a request parser it runs (`parsing`: the module, when it makes one)."""
    found = [*(flask_requests.view_reads(function, request) if request else ()),
             *(r for owner in owners for r in flask_requests.view_reads(function, owner)),
             *(flask_restx.expected(function.parent, restx) if restx is not None else ()),
             *(flask_restx.parsed(function, parsing) if parsing is not None else ())]
    return tuple({(r.kind, r.name, r.method): r for r in found}.values())


def _constructor_parsed(cls: Node, parsing: Node | None) -> tuple:
    """What the request parsers the class's `__init__` runs require (`self.args =
    parser.parse_args()`): of every method's request, as Flask makes the view's instance for
    each request (`MethodView.init_every_request`, Flask-RESTful's `Resource` too)."""
    if b"init_every_request" in (cls.text or b""):  # made once (Flask 2.2+): not per request
        return ()
    init = next((f for f in _functions(cls) if text(f.child_by_field_name("name")) == "__init__"), None)
    return flask_restx.parsed(init, parsing) if init is not None and parsing is not None else ()


def _serialised(function: Node, smorest: bool, restx: bool) -> tuple[BodyDecl, ...] | None:
    """What a Flask-Smorest `@blp.response(200, S)` or a Flask-RESTX `@ns.marshal_with(m)`
    makes a method send, if it has one."""
    schema = marshmallow.smorest_response(function.parent) if smorest else \
        flask_restx.marshalled(function.parent, view_bodies(function)) if restx else \
        flask_restx.marshalled_by_fields(function.parent)
    return (schema,) if schema is not None else None


def _functions(node: Node) -> list[Node]:
    body = node.child_by_field_name("body")
    found = []
    for child in body.named_children if body is not None else ():
        if child.type == "decorated_definition":
            child = child.child_by_field_name("definition")
        if child is not None and child.type == "function_definition":
            found.append(child)
    return found


def resource_route(call: Node) -> list[RouteDecl]:
    """`api.add_resource(Cls, "/a", "/b", endpoint=...)`: one route per URL."""
    function = call.child_by_field_name("function")
    if text(function.child_by_field_name("attribute")) != RESOURCE_VERB:
        return []
    positional, keywords = call_arguments(call)
    if len(positional) < 2 or positional[0].type not in ("identifier", "attribute"):
        return []
    owner, handler = text(function.child_by_field_name("object")), text(positional[0])
    # Flask-RESTful's endpoint: as given, else the class's name in lower case
    endpoint = string_literal(keywords["endpoint"]) if "endpoint" in keywords else \
        handler.rsplit(".", 1)[-1].lower()
    return [RouteDecl(owner, ("*",), string_literal(url), handler, site(call), resource=True,
                      endpoint=endpoint)
            for url in positional[1:]]


def api_router(name: str, value: Node, node: Node) -> tuple[RouterDecl, MountDecl | None] | None:
    """`api = Api(app, prefix="/api")`, `ns = Namespace("users", path="/users")`, `ns =
    api.namespace("users")`: the router, and its mount when the call names where it is."""
    function = value.child_by_field_name("function")
    callee = text(function).rsplit(".", 1)[-1]
    if callee not in ("Api", "Namespace", "namespace"):
        return None
    positional, keywords = call_arguments(value)
    if "**" in keywords:
        return None
    if callee == "Api":
        parent = keywords.get("app") or (positional[0] if positional else None)
        prefix = string_literal(keywords["prefix"]) if "prefix" in keywords else ""
        router = RouterDecl(name, "restful", prefix, site(node))
        mount = MountDecl(text(parent), name, "", site(node)) \
            if parent is not None and parent.type in ("identifier", "attribute") else None
        return router, mount
    if callee == "namespace" and function.type != "attribute":
        return None
    title = string_literal(positional[0]) if positional else string_literal(keywords.get("name"))
    given = keywords.get("path")
    prefix = string_literal(given) if given is not None else (None if title is None else "/" + title)
    router = RouterDecl(name, "namespace", prefix, site(node))
    mount = MountDecl(text(function.child_by_field_name("object")), name, "", site(node)) \
        if callee == "namespace" else None
    return router, mount


def api_mount(call: Node) -> MountDecl | None:
    """`api.init_app(app)`: the api served by the app; `api.add_namespace(ns, path="/x")`."""
    function = call.child_by_field_name("function")
    verb = text(function.child_by_field_name("attribute"))
    if verb not in API_MOUNT_VERBS:
        return None
    positional, keywords = call_arguments(call)
    owner = text(function.child_by_field_name("object"))
    if verb == "init_app":
        app = keywords.get("app") or (positional[0] if positional else None)
        if app is None or app.type not in ("identifier", "attribute") or len(positional) > 1:
            return None
        return MountDecl(text(app), owner, "", site(call))
    if verb == "add_namespace" and positional and positional[0].type in ("identifier", "attribute"):
        path = keywords.get("path") or (positional[1] if len(positional) > 1 else None)
        return MountDecl(owner, text(positional[0]), "" if path is None else string_literal(path),
                         site(call), replaces=path is not None)
    return None
