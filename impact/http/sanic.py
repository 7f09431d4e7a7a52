"""Sanic: `app = Sanic("name")` is an app serving at the root; `Blueprint(name,
url_prefix=...)` a blueprint (read as Flask's, impact.http.python); `app.blueprint(bp)` serves
it (a `url_prefix=` given there replaces the blueprint's own, as Sanic's `Blueprint.register`
takes the option over the attribute); `group = Blueprint.group(a, b, url_prefix="/api")` (also
`BlueprintGroup(url_prefix=...)`) serves each blueprint listed under the group's prefix,
joined before the blueprint's own (Sanic's `BlueprintGroup` rewrites each member's
`url_prefix` so). A handler's request is its first parameter (`request.json["name"]`), and
`json(data, status=201)` (`sanic.json`, `sanic.response.json`) answers `data` as JSON. A
`version=` puts the routes under `/v<version>` before the prefix (a route's own `version=`:
its path is not read). `app.add_route(handler, uri, methods=[...])` adds a route (GET unless
methods are given); `add_route(View.as_view(), uri)` serves what an `HTTPMethodView` defines.
`Blueprint.group(*bps)` of a module-level list `bps` groups its items.
Only modules importing `sanic` are read so.
"""

from __future__ import annotations

from dataclasses import replace

from tree_sitter import Node

from impact.http.py_syntax import call_arguments, method_call_arguments, method_names, string_literal
from impact.lang.treesitter import site, text
from impact.model import Import, MountDecl, RouteDecl, RouterDecl

MODULES = ("sanic", "sanic.response", "sanic.blueprints", "sanic.app")
APP_KIND, GROUP_KIND = "flask", "blueprint"  # read as Flask's app and blueprint
MOUNT_VERB = "blueprint"  # `app.blueprint(bp, url_prefix=...)`
ROUTE_VERB = "add_route"  # `app.add_route(handler, uri, methods=[...])`
GROUP_CALLS = ("Blueprint.group", "BlueprintGroup")
JSON_CALLS = ("json", "response.json", "sanic.json", "sanic.response.json")


def imports_sanic(imports: tuple[Import, ...]) -> bool:
    return any(i.source in MODULES or i.source.startswith("sanic.") for i in imports)


def app(assignment: Node) -> RouterDecl | None:
    """`app = Sanic("name")`."""
    value = assignment.child_by_field_name("right")
    if text(value.child_by_field_name("function")).rsplit(".", 1)[-1] != "Sanic":
        return None
    return RouterDecl(text(assignment.child_by_field_name("left")), APP_KIND, "", site(assignment))


def group(assignment: Node) -> tuple[RouterDecl | None, list[MountDecl]]:
    """`api = Blueprint.group(a, b, url_prefix="/api")`: a blueprint group and its members
    mounted on it (a member that is not a name is not followed)."""
    value = assignment.child_by_field_name("right")
    if text(value.child_by_field_name("function")) not in GROUP_CALLS:
        return None, []
    positional, keywords = call_arguments(value)
    name = text(assignment.child_by_field_name("left"))
    prefix_node = keywords.get("url_prefix")
    prefix = "" if prefix_node is None else string_literal(prefix_node)
    splat = keywords.get("**")
    if splat is not None and splat.type == "list_splat" and not positional:
        positional = [splat]  # `Blueprint.group(*bps, url_prefix=...)`
    members = positional[0].named_children if len(positional) == 1 and \
        positional[0].type in ("list", "tuple") else positional
    members = [m for member in members for m in _splatted(member, assignment)]
    mounts = [MountDecl(name, text(m), "", site(value)) for m in members
              if m.type in ("identifier", "attribute")]
    return RouterDecl(name, GROUP_KIND, prefix, site(assignment)), mounts


def _splatted(member: Node, assignment: Node) -> list[Node]:
    """`*bps` where `bps` is bound once in the module to a list or tuple literal: its items;
    any other member: itself."""
    if member.type != "list_splat" or not member.named_children or \
            member.named_children[0].type != "identifier":
        return [member]
    name = text(member.named_children[0])
    module = assignment
    while module.parent is not None:
        module = module.parent
    values = [a.child_by_field_name("right") for s in module.named_children
              if s.type == "expression_statement" and s.named_children
              and (a := s.named_children[0]).type == "assignment"
              and text(a.child_by_field_name("left")) == name]
    if len(values) != 1 or values[0] is None or values[0].type not in ("list", "tuple"):
        return [member]
    return [c for c in values[0].named_children if c.type != "comment"]


def route(call: Node) -> RouteDecl | None:
    """`app.add_route(handler, "/path", methods=["POST"])` (GET when no methods are given);
    `app.add_route(ItemView.as_view(), "/items/<id>")`: an `HTTPMethodView` serving the methods
    it defines."""
    given = method_call_arguments(call, ROUTE_VERB, ("handler", "uri")) or {}
    handler, uri = given.get("handler"), given.get("uri")
    if handler is None or uri is None:
        return None
    owner = text(call.child_by_field_name("function").child_by_field_name("object"))
    view = _view_class(handler)
    if view is not None:
        return RouteDecl(owner, ("*",), string_literal(uri), view, site(call), resource=True)
    if handler.type not in ("identifier", "attribute"):
        return None
    return RouteDecl(owner, method_names(given.get("methods"), ("GET",)), string_literal(uri),
                     text(handler), site(call))


def _view_class(handler: Node) -> str | None:
    """`ItemView.as_view()`: `ItemView`."""
    function = handler.child_by_field_name("function") if handler.type == "call" else None
    if function is None or function.type != "attribute" or \
            text(function.child_by_field_name("attribute")) != "as_view":
        return None
    view = function.child_by_field_name("object")
    return text(view) if view.type in ("identifier", "attribute") else None


def mount(call: Node) -> MountDecl | None:
    """`app.blueprint(bp)`, `app.blueprint(bp, url_prefix="/v1")`."""
    function = call.child_by_field_name("function")
    if text(function.child_by_field_name("attribute")) != MOUNT_VERB:
        return None
    positional, keywords = call_arguments(call)
    child = positional[0] if positional else keywords.get("blueprint")
    if child is None or child.type not in ("identifier", "attribute") or "**" in keywords:
        return None
    prefix_node = keywords.get("url_prefix")
    prefix = "" if prefix_node is None else string_literal(prefix_node)
    return MountDecl(text(function.child_by_field_name("object")), text(child), prefix, site(call),
                     replaces=prefix_node is not None)


def versioned(router: RouterDecl, assignment: Node) -> RouterDecl:
    """`Blueprint("x", url_prefix="/api", version=1)`: its routes under `/v1/api` (Sanic puts
    `version_prefix`, `/v` unless given, and the version before the prefix); a version or
    version prefix that is not a literal makes the prefix unknown."""
    value = assignment.child_by_field_name("right")
    _positional, keywords = call_arguments(value) if value.type == "call" else ([], {})
    if "version" not in keywords or router.prefix is None:
        return router
    version = keywords["version"]
    number = text(version) if version.type in ("integer", "float") else string_literal(version)
    marker = string_literal(keywords["version_prefix"]) if "version_prefix" in keywords else "/v"
    if number is None or marker is None:
        return replace(router, prefix=None)
    return replace(router, prefix=f"{marker.rstrip('/')}{number}/{router.prefix.lstrip('/')}".rstrip("/"))


def json_content(call: Node) -> Node | None:
    """What `json(data, status=...)` answers: `data`; None for any other call."""
    if text(call.child_by_field_name("function")) not in JSON_CALLS:
        return None
    positional, keywords = call_arguments(call)
    return positional[0] if positional else keywords.get("body")
