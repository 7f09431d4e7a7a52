"""Tornado: `tornado.web.Application(handlers)` serves at the root the rules of its `handlers`
list: each a tuple `(pattern, HandlerClass[, kwargs[, name]])` or `url(pattern, HandlerClass,
...)` (`tornado.web.url`, `tornado.routing.URLSpec`); `app.add_handlers(host, handlers)` adds
more. The list is written in place or bound to a name in the same function or module (`handlers
= [...]`, also given to `super().__init__(handlers)` in an `Application` subclass). A pattern is
a regular expression matched from the start of the path to its end (Tornado appends `$`); its
groups, named `(?P<id>[0-9]+)` or not `([0-9]+)`, are the path parameters (a pattern impact
cannot read as a path is not judged).

Tornado calls the handler class's method named like the request's (`get`, `post`, ...); a
method the class does not define is answered 405 (a class with bases other than
`RequestHandler` may inherit more). A method sends what it writes with `self.write(x)` or
`self.finish(x)` (a dict: JSON), unless the class has bases of its own or defines `write` or
`finish` itself (either may reshape what is written); any other call on `self` but the known
ones that touch no body (`set_status`, `set_header`, `get_argument`...), or `self` handed on,
may write something else (not judged). What it surely reads of the body (`data = json_decode(self.request.body)`,
`json.loads(self.request.body)`, then `data["x"]`) is read as a Flask view's
(impact.http.flask_requests); `self.get_argument("q")` without a default asks the query for
`q` (Tornado answers 400 without it).
"""

from __future__ import annotations

import re

from tree_sitter import Node

from impact.http import flask_requests
from impact.http.django import regex_path
from impact.http.py_bodies import OPEN, ViewScope, class_bases, module_classes, own_nodes
from impact.http.py_syntax import call_arguments, string_literal
from impact.lang.treesitter import site, text
from impact.model import BodyDecl, Import, ParameterDecl, ResponderDecl, RouteDecl, RouterDecl

KIND = "tornado"  # an app: serves at the root
APP = "tornado:Application"  # the router every Application of a module is read as
MODULES = ("tornado.web", "tornado.routing")
RULE_CALLS = ("url", "URLSpec")
VERBS = ("get", "post", "put", "patch", "delete", "head", "options")
PLAIN_BASES = ("RequestHandler", "object")
REST = re.compile(r"\(\?P<(\w+)>\.[*+]\)\$$")  # a last group matching the rest of the path
WRITES = ("write", "finish")
# what a method may call on `self` without writing a body impact does not read
NOT_BODY = ("set_status", "set_header", "add_header", "clear_header", "get_argument",
            "get_arguments", "get_query_argument", "get_query_arguments", "get_body_argument",
            "get_body_arguments", "get_cookie", "set_cookie", "clear_cookie", "get_secure_cookie",
            "set_secure_cookie", "get_signed_cookie", "set_signed_cookie", "get_current_user",
            "check_xsrf_cookie", "require_setting", "reverse_url", "static_url", "flush",
            "on_finish", "prepare", "log_exception", "get_status")


def tornado_names(imports: tuple[Import, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """The local names of `Application` and of the rule calls (`url`, `URLSpec`), when the
    module imports Tornado."""
    apps, rules = set(), set()
    for i in imports:
        if i.source in MODULES and i.imported:
            if i.imported == "Application":
                apps.add(i.local)
            elif i.imported in RULE_CALLS:
                rules.add(i.local)
        elif i.source == "tornado" and i.imported in ("web", "routing") and i.local:
            apps.add(f"{i.local}.Application")
            rules.update(f"{i.local}.{c}" for c in RULE_CALLS)
        elif i.source in ("tornado", *MODULES) and not i.imported and i.local:
            for module in MODULES:
                written = module.replace("tornado", i.local, 1)
                apps.add(f"{written}.Application")
                rules.update(f"{written}.{c}" for c in RULE_CALLS)
    return frozenset(a for a in apps if a), frozenset(r for r in rules if r)


def imports_tornado(imports: tuple[Import, ...]) -> bool:
    return any(i.source == "tornado" or i.source.startswith("tornado.") for i in imports)


def extract(calls: list[Node], imports: tuple[Import, ...]
            ) -> tuple[list[RouteDecl], list[RouterDecl]]:
    """The routes the module's Applications (and their subclasses' `__init__`) serve."""
    apps, rules = tornado_names(imports)
    routes: list[RouteDecl] = []
    made = None
    for call in calls:
        handlers = _handlers_argument(call, apps)
        if handlers is None:
            continue
        made = made or RouterDecl(APP, KIND, "", site(call))
        routes.extend(r for element in _elements(handlers) if (r := _rule(element, rules)))
    return routes, [made] if made is not None else []


def _handlers_argument(call: Node, apps: frozenset[str]) -> Node | None:
    """The handlers list of `Application(handlers)`, of `super().__init__(handlers)` in a
    subclass of Application, or of `app.add_handlers(host, handlers)`."""
    function = call.child_by_field_name("function")
    positional, keywords = call_arguments(call)
    if text(function) in apps or text(function) == "super().__init__" and _in_app_class(call, apps):
        given = keywords.get("handlers", positional[0] if positional else None)
    elif function.type == "attribute" and text(function.child_by_field_name("attribute")) == \
            "add_handlers" and len(positional) == 2:
        given = positional[1]
    else:
        return None
    return _list_of(given, call)


def _in_app_class(call: Node, apps: frozenset[str]) -> bool:
    node = call.parent
    while node is not None and node.type != "class_definition":
        node = node.parent
    return node is not None and any(b in apps for b in class_bases(node))


def _list_of(given: Node | None, call: Node) -> Node | None:
    """A list literal, or the list literal a name is bound to once in the enclosing function
    (else the module)."""
    if given is None or given.type == "list":
        return given
    if given.type != "identifier":
        return None
    scope = call.parent
    while scope is not None and scope.type not in ("function_definition", "module"):
        scope = scope.parent
    values = [a.child_by_field_name("right") for a in _assignments(scope, text(given))]
    return values[0] if len(values) == 1 and values[0] is not None and values[0].type == "list" \
        else None


def _assignments(scope: Node | None, name: str) -> list[Node]:
    return [node for node in own_nodes(scope) if node.type in ("assignment", "augmented_assignment")
            and text(node.child_by_field_name("left")) == name]


def _elements(handlers: Node):
    return [e for e in handlers.named_children if e.type != "comment"]


def _rule(element: Node, rules: frozenset[str]) -> RouteDecl | None:
    """`(r"/x/([0-9]+)", XHandler, ...)` or `url(r"/x", XHandler, name="x")`."""
    if element.type == "tuple":
        parts = element.named_children
    elif element.type == "call" and text(element.child_by_field_name("function")) in rules:
        positional, keywords = call_arguments(element)
        parts = [*positional[:2]] + [keywords[k] for k in ("pattern", "handler") if k in keywords]
    else:
        return None
    if len(parts) < 2 or parts[1].type not in ("identifier", "attribute"):
        return None
    pattern = string_literal(parts[0])
    return RouteDecl(APP, ("*",), _path(pattern), text(parts[1]), site(element))


def _path(pattern: str | None) -> str | None:
    """A Tornado pattern as a path: anchored at the start, and at the end (Tornado appends
    `$`); unnamed groups are parameters too."""
    if pattern is None:
        return None
    count = iter(range(1, 100))
    named = "".join(f"(?P<arg{next(count)}>" if c == "(" and not pattern[i + 1:].startswith("?") and
                    (i == 0 or pattern[i - 1] != "\\") else c for i, c in enumerate(pattern))
    anchored = named if named.startswith("^") else f"^{named}"
    anchored = anchored if anchored.endswith("$") else f"{anchored}$"
    rest = REST.search(anchored)  # `/files/(.*)`: every path under `/files/`
    if rest is not None:
        head = regex_path(anchored[:rest.start()] + "$", whole=True)
        return f"{head}<path:{rest.group(1)}>" if head is not None and head.endswith("/") else None
    return regex_path(anchored, whole=True)


def handlers(root: Node, request: str = "self.request") -> tuple[ResponderDecl, ...]:
    """The HTTP methods of the module-level classes, read as responders."""
    found = []
    for node in module_classes(root):
        name = text(node.child_by_field_name("name"))
        bases = class_bases(node)
        inherits = any(b.rsplit(".", 1)[-1] not in PLAIN_BASES for b in bases)
        body = node.child_by_field_name("body")
        own = {text(f.child_by_field_name("name")) for f in _methods(body)}
        reshaped = inherits or bool(own & set(WRITES))  # a base's or its own `write` may reshape
        for child in body.named_children if body is not None else ():
            decorated = child.type == "decorated_definition"
            function = child.child_by_field_name("definition") if decorated else child
            if function is None or function.type != "function_definition" or \
                    text(function.child_by_field_name("name")) not in VERBS:
                continue
            reads = flask_requests.view_reads(function, request) + _required_arguments(function)
            bodies = (OPEN,) if decorated or reshaped else _bodies(function)
            found.append(ResponderDecl(name, text(function.child_by_field_name("name")).upper(), "",
                                       site(function), bodies, reads, inherits))
    return tuple(found)


def _required_arguments(function: Node) -> tuple[ParameterDecl, ...]:
    """`self.get_argument("q")` / `self.get_query_argument("q")` without a default, in the
    statements that open the method (before its first branch, loop, `try`, `with` or
    `return`, and not under a condition of its own): Tornado answers 400 when the request
    lacks it (a query parameter; `get_argument` also reads a form body, which a JSON client
    does not send)."""
    found: dict[str, ParameterDecl] = {}
    body = function.child_by_field_name("body")
    for statement in body.named_children if body is not None else ():
        if statement.type == "comment":
            continue
        if statement.type != "expression_statement":
            break
        for call in _calls(statement):
            name = _required_argument(call)
            if name is not None and not flask_requests.is_conditional(call, statement):
                found.setdefault(name, ParameterDecl(name, flask_requests.QUERY, True, site(call)))
    return tuple(found.values())


def _calls(node: Node):
    stack = [node]
    while stack:
        current = stack.pop()
        if current.type in ("lambda", "function_definition"):
            continue
        if current.type == "call":
            yield current
        stack.extend(current.named_children)


def _required_argument(call: Node) -> str | None:
    function = call.child_by_field_name("function")
    if text(function) not in ("self.get_argument", "self.get_query_argument"):
        return None
    positional, keywords = call_arguments(call)
    if len(positional) != 1 or keywords:
        return None
    return string_literal(positional[0])


def _methods(body: Node | None) -> list[Node]:
    found = []
    for child in body.named_children if body is not None else ():
        function = child.child_by_field_name("definition") if child.type == "decorated_definition" \
            else child
        if function is not None and function.type == "function_definition":
            found.append(function)
    return found


def _bodies(function: Node) -> tuple[BodyDecl, ...]:
    """What the method writes with `self.write(x)` / `self.finish(x)`; OPEN when it may write
    otherwise, or writes nothing impact sees."""
    scope = ViewScope(function)
    bodies: list[BodyDecl] = []
    for node in _self_uses(function.child_by_field_name("body")):
        parent = node.parent
        if parent.type != "attribute" or parent.parent.type != "call":
            if parent.type == "attribute" and text(parent.child_by_field_name("attribute")) in \
                    ("request", "application", "settings", "ui", "current_user"):
                continue
            return (OPEN,)
        method = text(parent.child_by_field_name("attribute"))
        if method in WRITES:
            positional, keywords = call_arguments(parent.parent)
            if keywords or len(positional) > 1:
                return (OPEN,)
            if positional:
                bodies.append(scope.body(positional[0]))
        elif method not in NOT_BODY:
            return (OPEN,)
    return tuple(dict.fromkeys(bodies)) or (OPEN,)


def _self_uses(node: Node | None):
    if node is None:
        return
    for child in node.named_children:
        if child.type in ("function_definition", "class_definition", "lambda"):
            continue
        if child.type == "identifier" and text(child) == "self":
            yield child
        else:
            yield from _self_uses(child)
