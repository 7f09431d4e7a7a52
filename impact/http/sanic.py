"""Sanic: `app = Sanic("name")` is an app serving at the root; `Blueprint(name,
url_prefix=...)` a blueprint (read as Flask's, impact.http.python); `app.blueprint(bp)` serves
it (a `url_prefix=` given there replaces the blueprint's own, as Sanic's `Blueprint.register`
takes the option over the attribute); `group = Blueprint.group(a, b, url_prefix="/api")` (also
`BlueprintGroup(url_prefix=...)`) serves each blueprint listed under the group's prefix,
joined before the blueprint's own (Sanic's `BlueprintGroup` rewrites each member's
`url_prefix` so). A handler's request is its first parameter (`request.json["name"]`), and
`json(data, status=201)` (`sanic.json`, `sanic.response.json`) answers `data` as JSON. A
`version=` puts the routes under `/v<version>` before the prefix (a route's own `version=`:
its path is not read). `app.add_route(handler, "/uri", methods=[...])` (a blueprint's too)
declares a route of a function named elsewhere (GET unless `methods=` says), and with a
class-based view's `View.as_view()` the methods the class defines.
Only modules importing `sanic` are read so.
"""

from __future__ import annotations

from dataclasses import replace

from tree_sitter import Node

from impact.http.py_syntax import call_arguments, method_names, string_literal
from impact.lang.treesitter import site, text
from impact.model import Import, MountDecl, RouteDecl, RouterDecl

MODULES = ("sanic", "sanic.response", "sanic.blueprints", "sanic.app")
APP_KIND, GROUP_KIND = "flask", "blueprint"  # read as Flask's app and blueprint
MOUNT_VERB = "blueprint"  # `app.blueprint(bp, url_prefix=...)`
ADD_ROUTE = "add_route"  # `app.add_route(handler, "/uri", methods=[...])`
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
    members = positional[0].named_children if len(positional) == 1 and \
        positional[0].type in ("list", "tuple") else positional
    mounts = [MountDecl(name, text(m), "", site(value)) for m in members
              if m.type in ("identifier", "attribute")]
    return RouterDecl(name, GROUP_KIND, prefix, site(assignment)), mounts


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


def route(call: Node) -> RouteDecl | None:
    """`app.add_route(handler, "/uri", methods=["POST"])`, `bp.add_route(View.as_view(), "/x")`."""
    function = call.child_by_field_name("function")
    if function.type != "attribute" or text(function.child_by_field_name("attribute")) != ADD_ROUTE:
        return None
    positional, keywords = call_arguments(call)
    handler = positional[0] if positional else keywords.get("handler")
    uri = positional[1] if len(positional) > 1 else keywords.get("uri")
    if handler is None or uri is None:
        return None
    callee = text(handler.child_by_field_name("function")) if handler.type == "call" else ""
    resource = callee.endswith(".as_view")
    name = callee.removesuffix(".as_view") if resource else \
        text(handler) if handler.type in ("identifier", "attribute") else ""
    methods = ("*",) if resource else method_names(
        keywords.get("methods") or (positional[2] if len(positional) > 2 else None), ("GET",))
    path = None if "version" in keywords else string_literal(uri)
    return RouteDecl(text(function.child_by_field_name("object")), methods, path, name, site(call),
                     resource=resource)


def json_content(call: Node) -> Node | None:
    """What `json(data, status=...)` answers: `data`; None for any other call."""
    if text(call.child_by_field_name("function")) not in JSON_CALLS:
        return None
    positional, keywords = call_arguments(call)
    return positional[0] if positional else keywords.get("body")
