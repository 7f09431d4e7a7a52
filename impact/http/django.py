"""HTTP facts of a Django module: URL confs and Django REST framework routers.

`urlpatterns = [...]` (also `+=`, `[...] + router.urls`) is a router whose routes are its
`path(route, view)`, `re_path(regex, view)` and `url(regex, view)` entries, and whose mounts
are its `include("app.urls")` (a module, by its dotted name), `include(("app.urls", "ns"))`
and `include(router.urls)` entries. A `re_path` regex is read when it is literal text with
named groups that match within one segment (`^threads/(?P<id>\\d+)/$`); any other is not a
path impact can read. `router = DefaultRouter()` (or `SimpleRouter`) with
`router.register("threads", ThreadViewSet)` serves `threads/` and `threads/{pk}/`.
A ViewSet's extra actions (`@action(detail=..., methods=[...], url_path=...)`, and the older
`@detail_route`/`@list_route`) are read from its class: the registration serves each at
`{prefix}/{url_path}` or `{prefix}/{pk}/{url_path}`; a ViewSet with a base class impact does
not know may have more, so its registration then serves anything under its prefix.
`path("admin/", admin.site.urls)` serves anything under its prefix (a catch-all); so does
`path("api/", api.urls)`, unless `api` is a Django Ninja API: its routes are then served there.
`ROOT_URLCONF = "config.urls"` names the URL conf the project serves from its root. An
entry's `name=` is the name `reverse()` and `{% url %}` build its URL from, under the URL
conf's `app_name` when it has one (`polls:detail`). Methods
are not read (a view may answer any): every route here serves every method.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tree_sitter import Node

from impact.http import drf
from impact.http.py_bodies import call_arguments, class_bases, module_classes, view_bodies
from impact.http.py_syntax import string_literal
from impact.lang.treesitter import site, text
from impact.model import ActionDecl, MountDecl, RouteDecl, RouterDecl, Url, ValueDecl, ViewSetDecl

URLCONF = "urlpatterns"
APP_NAME = "app_name"  # the URL conf's namespace: `reverse("polls:detail")`
ROUTE_CALLS = ("path", "re_path", "url")
DRF_ROUTERS = ("DefaultRouter", "SimpleRouter", "ExtendedDefaultRouter", "ExtendedSimpleRouter")
ROOT_URLCONF = "ROOT_URLCONF"
DRF_SETTINGS = "REST_FRAMEWORK"
DRF_BASES = ("ViewSet", "GenericViewSet", "ModelViewSet", "ReadOnlyModelViewSet", "ViewSetMixin",
             "ListModelMixin", "CreateModelMixin", "RetrieveModelMixin", "UpdateModelMixin",
             "DestroyModelMixin", "GenericAPIView", "APIView", "object")
ACTIONS = {"action": None, "detail_route": True, "list_route": False}  # name -> detail (None: read it)
DETAIL = "{pk}"
MODULE = "module:"  # a MountDecl child that names a module by its dotted name
_GROUP = re.compile(r"\(\?P<(\w+)>((?:\\.|[^()\\])*)\)")
_LITERAL = re.compile(r"(?:\\[-./_~]|[\w\-/~])*")


def extract(root: Node) -> tuple[list[RouteDecl], list[RouterDecl], list[MountDecl], list[ValueDecl]]:
    routes: list[RouteDecl] = []
    routers: list[RouterDecl] = []
    mounts: list[MountDecl] = []
    values: list[ValueDecl] = []
    owners = _imported_names(root)  # a router declared here or imported may take registrations
    app_name: str | None = ""
    for statement in root.named_children:
        node = statement.named_children[0] if statement.type == "expression_statement" and \
            statement.named_children else None
        if node is None:
            continue
        if node.type in ("assignment", "augmented_assignment"):
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            name = text(left) if left.type == "identifier" else ""
            if name == URLCONF and right is not None:
                if not any(r.name == URLCONF for r in routers):
                    routers.append(RouterDecl(URLCONF, "django", "", site(node)))
                _urlconf(right, routes, mounts)
            elif name == APP_NAME and right is not None:
                app_name = string_literal(right)
            elif name == ROOT_URLCONF and right is not None and string_literal(right):
                values.append(ValueDecl(ROOT_URLCONF, "constant", Url((string_literal(right),)), site(node)))
            elif name == DRF_SETTINGS and right is not None:
                values += [ValueDecl(setting, "constant", None, site(node))
                           for setting in _drf_settings(right)]
            elif name and right is not None and right.type == "call" and \
                    text(right.child_by_field_name("function")).rsplit(".", 1)[-1] in DRF_ROUTERS:
                routers.append(RouterDecl(name, "drf-router", "", site(node)))
                owners.add(name)
        elif node.type == "call":
            routes.extend(_registered(node, owners))
    routers = [replace(r, label=app_name) if r.name == URLCONF else r for r in routers]
    return routes, routers, mounts, values


def _urlconf(node: Node, routes: list[RouteDecl], mounts: list[MountDecl]) -> None:
    """The entries of the value assigned to `urlpatterns`."""
    if node.type == "binary_operator":
        _urlconf(node.child_by_field_name("left"), routes, mounts)
        _urlconf(node.child_by_field_name("right"), routes, mounts)
    elif node.type in ("list", "tuple"):
        for item in node.named_children:
            if item.type == "call":
                _entry(item, routes, mounts)
    elif node.type == "attribute" and text(node.child_by_field_name("attribute")) == "urls":
        mounts.append(MountDecl(URLCONF, text(node.child_by_field_name("object")), "", site(node)))


def _entry(call: Node, routes: list[RouteDecl], mounts: list[MountDecl]) -> None:
    kind = text(call.child_by_field_name("function")).rsplit(".", 1)[-1]
    if kind not in ROUTE_CALLS:
        return
    positional, keywords = call_arguments(call, splats=False)
    route = positional[0] if positional else keywords.get("route")
    view = positional[1] if len(positional) > 1 else keywords.get("view")
    if route is None or view is None:
        return
    written = string_literal(route)
    if view.type == "call" and text(view.child_by_field_name("function")).rsplit(".", 1)[-1] == "include":
        prefix = written if kind == "path" else regex_path(written, whole=False)
        child = _included(view)
        if child is not None:
            mounts.append(MountDecl(URLCONF, child, prefix, site(call)))
        return
    if view.type == "attribute" and text(view.child_by_field_name("attribute")) == "urls":
        # `admin.site.urls`: a URL conf impact does not read, serving anything under the prefix
        prefix = written if kind == "path" else regex_path(written, whole=False)
        path = None if prefix is None else prefix.rstrip("/") + "/<path:rest>"
        owner = view.child_by_field_name("object")
        if owner.type == "identifier" and prefix is not None:  # a Django Ninja API's `api.urls`:
            # its routes under the prefix, when `api` is one (impact.http.routes), else the catch-all
            mounts.append(MountDecl(URLCONF, text(owner), prefix, site(call)))
    else:
        path = written if kind == "path" else regex_path(written, whole=True)
    name = keywords.get("name") or (positional[3] if len(positional) > 3 else None)
    routes.append(RouteDecl(URLCONF, ("*",), path, _view_name(view), site(call),
                            endpoint=string_literal(name) if name is not None else None))


def _included(include: Node) -> str | None:
    """What `include(...)` mounts: a module by name, or a DRF router's `urls`."""
    positional, _keywords = call_arguments(include, splats=False)
    if not positional:
        return None
    target = positional[0]
    if target.type in ("tuple", "list") and target.named_children:
        target = target.named_children[0]
    module = string_literal(target)
    if module:
        return MODULE + module
    if target.type == "attribute" and text(target.child_by_field_name("attribute")) == "urls":
        return text(target.child_by_field_name("object"))
    return None  # a module object, an inline list: not followed


def _drf_settings(settings: Node) -> list[str]:
    """What DRF's settings (`REST_FRAMEWORK = {...}`) may change of the bodies views send: a
    default pagination class (anything but None), renderers that may reshape the data;
    both when they are not a dict literal."""
    if settings.type != "dictionary" or any(p.type == "dictionary_splat" for p in settings.named_children):
        return [drf.PAGINATION_SETTING, drf.RENDERERS_SETTING]
    found = []
    for pair in settings.named_children:
        key = text(pair.child_by_field_name("key")) if pair.type == "pair" else ""
        value = pair.child_by_field_name("value") if pair.type == "pair" else None
        if drf.PAGINATION_SETTING in key and value.type != "none":
            found.append(drf.PAGINATION_SETTING)
        elif drf.RENDERERS_SETTING in key and drf.reshaping_renderers(value):
            found.append(drf.RENDERERS_SETTING)
    return found


def _registered(call: Node, owners: set[str]) -> list[RouteDecl]:
    """`router.register("threads", ThreadViewSet)`: the list and the detail route (not
    `admin.site.register(Model)` or another registry's: the owner is a router declared or
    imported here, and the prefix a string)."""
    function = call.child_by_field_name("function")
    if function.type != "attribute" or text(function.child_by_field_name("attribute")) != "register" \
            or text(function.child_by_field_name("object")) not in owners:
        return []
    positional, keywords = call_arguments(call, splats=False)
    prefix = positional[0] if positional else keywords.get("prefix")
    viewset = positional[1] if len(positional) > 1 else keywords.get("viewset")
    if prefix is None or viewset is None or prefix.type != "string":
        return []
    written = string_literal(prefix)
    path = regex_path(written, whole=False) if written is not None and "^" in written else written
    owner = text(function.child_by_field_name("object"))
    handler = text(viewset)
    return [RouteDecl(owner, ("*",), path, handler, site(call)),
            RouteDecl(owner, ("*",), None if path is None else f"{path.rstrip('/')}/{DETAIL}/", handler,
                      site(call))]


def _imported_names(root: Node) -> set[str]:
    """Names module-level `from x import a [as b]` statements bind."""
    names = set()
    for statement in root.named_children:
        if statement.type != "import_from_statement":
            continue
        for child in statement.children_by_field_name("name"):
            alias = child.child_by_field_name("alias") if child.type == "aliased_import" else None
            names.add(text(alias) if alias is not None else text(child).rsplit(".", 1)[-1])
    return names


def _view_name(view: Node) -> str:
    """`views.detail`, `DetailView.as_view()` as written (the view, not the call)."""
    if view.type == "call":
        function = view.child_by_field_name("function")
        if function.type == "attribute" and text(function.child_by_field_name("attribute")) == "as_view":
            return text(function.child_by_field_name("object"))
        return ""
    return text(view) if view.type in ("identifier", "attribute") else ""


def regex_path(regex: str | None, whole: bool) -> str | None:
    """A `re_path` regex as a path (`^threads/(?P<id>\\d+)/$` -> `threads/<id>/`), when it is
    literal text and named groups within one segment, anchored at the start (and, for a
    route, at the end); None otherwise."""
    if regex is None or not regex.startswith("^"):
        return None
    body = regex[1:]
    if body.endswith("$"):
        body = body[:-1]
    elif whole:
        return None  # matches any path that starts like it
    out, position = [], 0
    while position < len(body):
        group = _GROUP.match(body, position)
        if group is not None:
            if not _within_segment(group.group(2)):
                return None
            out.append(f"<{group.group(1)}>")
            position = group.end()
            continue
        literal = _LITERAL.match(body, position)
        if literal is None or literal.end() == position:
            return None
        out.append(re.sub(r"\\(.)", r"\1", literal.group()))
        position = literal.end()
    return "".join(out)


def _within_segment(pattern: str) -> bool:
    """Whether a group's pattern matches within one path segment (`\\d+`, `[^/]+`, `[-\\w]+`;
    not `.+`, which may span several)."""
    pattern = re.sub(r"\\(.)", lambda m: "/" if m.group(1) == "/" else "x", pattern)
    for chars in re.findall(r"\[[^\]]*\]", pattern):
        if chars.startswith("[^") != ("/" in chars):
            return False  # a negated class must leave out "/", a class must not hold it
    rest = re.sub(r"\[[^\]]*\]", "x", pattern)
    return "." not in rest and "/" not in rest


# -- DRF ViewSets -----------------------------------------------------------------------


def viewsets(root: Node) -> list[ViewSetDecl]:
    """Module-level classes that declare extra actions or derive from a DRF ViewSet."""
    found = []
    for node in module_classes(root):
        bases = class_bases(node)
        actions = [a for child in node.child_by_field_name("body").named_children
                   for a in _actions(child)]
        generic = drf.generic_view(bases)
        if actions or generic or any(b.rsplit(".", 1)[-1].endswith(("ViewSet", "Mixin")) for b in bases):
            name = node.child_by_field_name("name")
            known = all(b.rsplit(".", 1)[-1] in DRF_BASES or b.startswith(("viewsets.", "mixins."))
                        for b in bases)
            serializer, paginated = drf.viewset_serializer(node)
            found.append(ViewSetDecl(text(name), tuple(actions), not known and not generic, site(name),
                                     serializer, paginated, generic))
    return found


def _actions(statement: Node) -> list[ActionDecl]:
    if statement.type != "decorated_definition":
        return []
    function = statement.child_by_field_name("definition")
    if function is None or function.type != "function_definition":
        return []
    name = text(function.child_by_field_name("name"))
    found = []
    for decorator in statement.named_children:
        call = decorator.named_children[0] if decorator.type == "decorator" and \
            decorator.named_children else None
        if call is None or call.type != "call" or \
                text(call.child_by_field_name("function")).rsplit(".", 1)[-1] not in ACTIONS:
            continue
        detail = ACTIONS[text(call.child_by_field_name("function")).rsplit(".", 1)[-1]]
        _positional, keywords = call_arguments(call, splats=False)
        if detail is None:
            given = text(keywords["detail"]) if "detail" in keywords else None
            if given not in ("True", "False"):
                continue  # required by DRF; a variable: not read
            detail = given == "True"
        methods = _action_methods(keywords.get("methods"))
        url_path = string_literal(keywords["url_path"]) if "url_path" in keywords else name
        path = None if url_path is None else regex_path("^" + url_path, whole=False)
        found.append(ActionDecl(detail, methods, path, name, site(decorator), view_bodies(function)))
    return found


def _action_methods(node: Node | None) -> tuple[str, ...]:
    if node is None:
        return ("GET",)
    if node.type not in ("list", "tuple"):
        return ("*",)
    methods = [string_literal(item) for item in node.named_children]
    return ("*",) if any(m is None for m in methods) else tuple(m.upper() for m in methods)


def action_paths(list_path: str, viewset: ViewSetDecl) -> list[tuple[str, ActionDecl | None]]:
    """The paths a registration at `list_path` serves for a ViewSet's actions; an open one
    (with `None`) also serves anything under the prefix."""
    base = list_path.rstrip("/")
    found: list[tuple[str, ActionDecl | None]] = []
    for action in viewset.actions:
        at = f"{base}/{DETAIL}" if action.detail else base
        found.append((f"{at}/<path:rest>" if action.path is None else
                      f"{at}/{action.path.strip('/')}/", action))
    if viewset.open:
        found.append((f"{base}/<path:rest>", None))
    return found
