"""Falcon: `app = falcon.App()` (also `falcon.asgi.App()`, the older `falcon.API()`) serves at
the root what `app.add_route(path, resource)` adds: the resource is an instance (`Cls()` in
place, or a module-level name bound to one), and Falcon routes each method to the instance's
responder `on_<method>` (`on_get`, `on_post`...); with `suffix="x"`, to `on_<method>_x`. A
method the resource has no responder for is answered 405. Path fields `{id}`, `{id:int}`. A
subclass of the app adds its routes with `self.add_route(...)` in its methods. `app.add_sink(
handler, prefix)` answers every method of every path under the prefix (all paths when the
prefix is a regular expression, or not given).

A responder sends what it sets `resp.media` to (its second parameter after `self` is the
request, the third the response); a responder that sets the body otherwise (`resp.text`,
`resp.data`, a middleware's `resp.json`), hands `resp` to another function, or is decorated
(a `@falcon.after` hook may reshape it), sends what is not known. What it surely
reads of the request (`data = req.get_media()` then `data["guest"]`, `req.media["x"]`) is
read as a Flask view's (impact.http.flask_requests).
"""

from __future__ import annotations

import re

from tree_sitter import Node

from impact.http import flask_requests
from impact.http.py_bodies import OPEN, ViewScope, class_bases, module_classes
from impact.http.py_syntax import call_arguments, method_call_arguments, string_literal
from impact.lang.treesitter import site, text
from impact.model import BodyDecl, Import, ResponderDecl, RouteDecl, RouterDecl

KIND = "falcon"  # an app: serves at the root
APP_CALLS = ("falcon.App", "falcon.asgi.App", "falcon.API")
ROUTE_VERB = "add_route"
SINK_VERB = "add_sink"
PLAIN_PREFIX = re.compile(r"[\w\-./~]*")  # a sink's prefix that is no regular expression but text
RESPONDER = re.compile(r"on_(get|post|put|patch|delete|head|options)(?:_(\w+))?")
# what a responder may set on `resp` without touching the body (any other: a body impact does
# not read, `resp.text`, `resp.data`, a middleware's `resp.json`)
NOT_BODY = ("status", "status_code", "content_type", "location", "cache_control", "etag",
            "last_modified", "vary", "expires", "retry_after", "content_location", "content_range",
            "accept_ranges", "downloadable_as", "viewable_as", "context", "complete")
PLAIN_BASES = ("object",)


def falcon_names(imports: tuple[Import, ...]) -> frozenset[str]:
    """The local names the module's app classes are called by (`falcon.App`, `App`), when
    it imports Falcon."""
    names = set()
    for i in imports:
        if i.source in ("falcon", "falcon.asgi"):
            if i.imported in ("App", "API"):
                names.add(i.local)
            elif i.imported == "asgi" and i.local:  # `from falcon import asgi`
                names.add(f"{i.local}.App")
            elif not i.imported and i.local:
                names.update(c.replace("falcon", i.local, 1) for c in APP_CALLS)
    return frozenset(names)


def app(assignment: Node, apps: frozenset[str]) -> RouterDecl | None:
    """`app = falcon.App(...)`."""
    value = assignment.child_by_field_name("right")
    if text(value.child_by_field_name("function")) not in apps:
        return None
    return RouterDecl(text(assignment.child_by_field_name("left")), KIND, "", site(assignment))


def instances(assignments: list[Node]) -> dict[str, str]:
    """Module-level names bound to a class's instance (`booking = BookingResource()`)."""
    found: dict[str, str] = {}
    for assignment in assignments:
        value = assignment.child_by_field_name("right")
        if assignment.parent is None or assignment.parent.parent is None or \
                assignment.parent.parent.type != "module":
            continue
        function = value.child_by_field_name("function")
        if function is not None and function.type in ("identifier", "attribute"):
            found[text(assignment.child_by_field_name("left"))] = text(function)
    return found


def app_classes(root: Node, apps: frozenset[str]) -> list[RouterDecl]:
    """Module-level subclasses of Falcon's app (`class Server(falcon.App)`): each an app whose
    methods add routes to `self`."""
    return [RouterDecl(text(node.child_by_field_name("name")), KIND, "", site(node))
            for node in module_classes(root) if any(b in apps for b in class_bases(node))]


def _owner(call: Node, app_classes: frozenset[str]) -> str:
    """The app a call adds to: `app` of `app.add_route(...)`; the class of an app subclass
    whose method says `self.add_route(...)`."""
    owner = text(call.child_by_field_name("function").child_by_field_name("object"))
    if owner != "self":
        return owner
    node = call.parent
    while node is not None and node.type != "class_definition":
        node = node.parent
    name = text(node.child_by_field_name("name")) if node is not None else ""
    return name if name in app_classes else owner


def sink(call: Node, app_classes: frozenset[str] = frozenset()) -> list[RouteDecl]:
    """`app.add_sink(handler, prefix="/files")`: every method of every path under the prefix
    (read as the paths below it; a prefix that is a regular expression, or none: every path of
    the app)."""
    function = call.child_by_field_name("function")
    if text(function.child_by_field_name("attribute")) != SINK_VERB:
        return []
    positional, keywords = call_arguments(call)
    given = dict(zip(("sink", "prefix"), positional)) | keywords
    if given.get("sink") is None:
        return []
    prefix = string_literal(given["prefix"]) if "prefix" in given else "/"
    owner, handler = _owner(call, app_classes), text(given["sink"])
    if prefix is None or not PLAIN_PREFIX.fullmatch(prefix) or prefix.strip("/") == "":
        return [RouteDecl(owner, ("*",), None, handler, site(call))]
    return [RouteDecl(owner, ("*",), f"{prefix.rstrip('/')}/<path:rest>", handler, site(call))]


def route(call: Node, bound: dict[str, str], app_classes: frozenset[str] = frozenset()
          ) -> RouteDecl | None:
    """`app.add_route("/rooms/{id:int}", RoomResource(), suffix="beds")`: a route whose
    handler is the resource's class as written (every method: impact.http.routes reads the
    class's responders)."""
    given = method_call_arguments(call, ROUTE_VERB, ("uri_template", "resource")) or {}
    template, resource = given.get("uri_template"), given.get("resource")
    if template is None or resource is None:
        return None
    suffix = string_literal(given["suffix"]) if "suffix" in given else ""
    if suffix is None:
        return None
    handler = _class_of(resource, bound)
    return RouteDecl(_owner(call, app_classes), ("*",), string_literal(template),
                     handler or "", site(call), suffix=suffix)


def _class_of(resource: Node, bound: dict[str, str]) -> str | None:
    if resource.type == "call":
        function = resource.child_by_field_name("function")
        return text(function) if function.type in ("identifier", "attribute") else None
    if resource.type == "identifier":
        return bound.get(text(resource))
    return None


def responders(root: Node) -> tuple[ResponderDecl, ...]:
    """The responders of the module-level classes."""
    found = []
    for node in module_classes(root):
        name = text(node.child_by_field_name("name"))
        inherits = any(b.rsplit(".", 1)[-1] not in PLAIN_BASES for b in class_bases(node))
        body = node.child_by_field_name("body")
        for child in body.named_children if body is not None else ():
            hooked = child.type == "decorated_definition"  # `@falcon.after(...)` may reshape it
            function = child.child_by_field_name("definition") if hooked else child
            matched = RESPONDER.fullmatch(text(function.child_by_field_name("name"))) \
                if function is not None and function.type == "function_definition" else None
            if matched is None:
                continue
            found.append(ResponderDecl(name, matched.group(1).upper(), matched.group(2) or "",
                                       site(function), (OPEN,) if hooked else _bodies(function),
                                       _reads(function), inherits))
    return tuple(found)


def _parameters(function: Node) -> list[str]:
    parameters = function.child_by_field_name("parameters")
    names = []
    for parameter in parameters.named_children if parameters is not None else ():
        name = parameter if parameter.type == "identifier" else \
            parameter.named_children[0] if parameter.named_children else None
        names.append(text(name) if name is not None and name.type == "identifier" else "")
    return names


def _reads(function: Node):
    names = _parameters(function)
    request = names[1] if len(names) > 2 and names[0] == "self" else None
    return flask_requests.view_reads(function, request) if request else ()


def _bodies(function: Node) -> tuple[BodyDecl, ...]:
    """What the responder sets `resp.media` to; OPEN when it sets the body otherwise, hands
    `resp` on, or sets no media (a helper may)."""
    names = _parameters(function)
    if len(names) < 3 or not names[2]:
        return (OPEN,)
    response = names[2]
    scope = ViewScope(function)
    bodies: list[BodyDecl] = []
    for node in _uses(function.child_by_field_name("body"), response):
        parent = node.parent
        attribute = parent.child_by_field_name("attribute") if parent.type == "attribute" else None
        assigned = parent.parent if attribute is not None and parent.parent.type == "assignment" and \
            parent.parent.child_by_field_name("left") == parent else None
        if assigned is not None and text(attribute) == "media":
            bodies.append(scope.body(assigned.child_by_field_name("right")))
        elif assigned is None and parent.type == "attribute" and \
                parent.parent.type == "call" and text(attribute) in ("set_header", "append_header"):
            continue
        elif assigned is None or text(attribute) not in NOT_BODY:
            return (OPEN,)
    return tuple(dict.fromkeys(bodies)) or (OPEN,)


def _uses(node: Node | None, name: str):
    """The identifiers `name` in `node`, not in nested functions or classes."""
    if node is None:
        return
    for child in node.named_children:
        if child.type in ("function_definition", "class_definition", "lambda"):
            continue
        if child.type == "identifier" and text(child) == name:
            if not _names_a_member(child):
                yield child
        else:
            yield from _uses(child, name)


def _names_a_member(identifier: Node) -> bool:
    """`x.resp`, `f(resp=...)`: the name of an attribute or a keyword, not the variable."""
    parent = identifier.parent
    return parent.type == "attribute" and parent.child_by_field_name("attribute") == identifier or \
        parent.type == "keyword_argument" and parent.child_by_field_name("name") == identifier
