"""React Router (v6.4+ data routers, v7 framework mode) and Remix route modules: a module that
exports `loader` (or `clientLoader`) gives its route's component what that function returns,
as `useLoaderData()` in the module and as the `loaderData` prop of the component it exports
by default (v7's `Route.ComponentProps`); `action` (`clientAction`) likewise as
`useActionData()` and `actionData`, and as `fetcher.data` of the module's fetchers when they
all submit to the route's own action (`useFetcher()`, `<fetcher.Form method="post">`); in a
module that exports no route function, a fetcher typed by a route module's function
(`useFetcher<typeof action>()`, `action` imported from `../routes/vines`; shared by key too,
`useFetcher<typeof action>({ key: "uncork" })`) holds that function's value, as the type says and React Router's documentation writes it (_typed_fetchers). With
both a server and a client function exported, which one's value the component gets depends on
hydration: neither is followed.
"""

from __future__ import annotations

from collections.abc import Iterator

from tree_sitter import Node

from impact.http.js_literals import import_bindings
from impact.lang.treesitter import descendants, text
from impact.model import ComponentReadsDecl, UseDecl

# the function a route module exports -> the hook and the prop its value is read through
DATA = {"loader": ("useLoaderData", "loaderData"), "action": ("useActionData", "actionData")}
CLIENT = {"loader": "clientLoader", "action": "clientAction"}
ROUTE_FUNCTIONS = (*DATA, *CLIENT.values())  # a route module's functions its component reads the value of
ACTION_HOOK = "useActionData"
FETCHER = "useFetcher"  # its `data`: what the action it submits to returns
UNDER = {FETCHER: "data"}  # the hooks whose value holds the route function's under a key
PACKAGES = ("react-router", "react-router-dom", "@remix-run/react")


def may_be_route(source: bytes) -> bool:
    """Whether a module may be a route module (v7's typegen'd `./+types/x` imports no
    package: the hooks' and props' names tell)."""
    return b"loader" in source or b"action" in source


def route_data(root: Node) -> dict[str, str]:
    """The hooks and props of the route's data this module gives -> the function whose value
    each is (`{"useLoaderData": "loader", "loaderData": "loader"}`)."""
    exported = _exported_names(root)
    found = {}
    for server, (hook, prop) in DATA.items():
        given = [f for f in (server, CLIENT[server]) if f in exported]
        if len(given) == 1:
            found[hook] = found[prop] = given[0]
    if ACTION_HOOK in found and FETCHER.encode() in (root.text or b"") and _fetchers_submit_here(root):
        found[FETCHER] = found[ACTION_HOOK]
    elif not exported & set(ROUTE_FUNCTIONS) and FETCHER.encode() in (root.text or b""):
        typed = _typed_fetchers(root)
        if typed is not None:
            found[FETCHER] = typed
    return found


def _typed_fetchers(root: Node) -> str | None:
    """The route function every fetcher of the module is typed by (`useFetcher<typeof
    action>()`, `useFetcher<typeof action>({ key: "uncork" })` too), imported by that name from
    a module of the project; None when a fetcher is not typed so, is given other options, or is
    used the other way (`fetcher.load` with an action's type,
    a submission with a loader's: the data is another function's)."""
    if not _imports_fetcher(root):
        return None
    imported = _route_functions_imported(root)
    typed, names = set(), set()
    for node, value in _fetcher_declarations(root):
        given = value.child_by_field_name("type_arguments")
        query = given.named_children[0] if given is not None and given.named_child_count == 1 else None
        name = node.child_by_field_name("name")
        if query is None or query.type != "type_query" or name.type != "identifier" or \
                not _keyed_at_most(value.child_by_field_name("arguments")):
            return None
        typed.add(text(query.named_children[0]) if query.named_children else "")
        names.add(text(name))
    function = typed.pop() if len(typed) == 1 else None
    if function not in imported:
        return None
    uses = {text(n.child_by_field_name("property")) for n in descendants(root)
            if n.type == "member_expression" and text(n.child_by_field_name("object")) in names}
    loader = imported[function] in ("loader", CLIENT["loader"])
    if loader != ("load" in uses) or loader and uses & {"submit", "Form"}:
        return None
    return function


def _keyed_at_most(arguments: Node) -> bool:
    """`useFetcher()` or `useFetcher({ key: ... })`: the fetcher's own, or one shared by key
    (its data still what the function its type names returns)."""
    given = arguments.named_children
    if not given:
        return True
    pairs = given[0].named_children if len(given) == 1 and given[0].type == "object" else []
    return len(pairs) == 1 and pairs[0].type == "pair" and text(pairs[0].child_by_field_name("key")) == "key"


def _route_functions_imported(root: Node) -> dict[str, str]:
    """The route functions a module imports from a relative path: local name -> the name."""
    return {text(local): imported for module, imported, local in import_bindings(root)
            if module is not None and module.startswith(".") and imported in ROUTE_FUNCTIONS}


def _fetcher_declarations(root: Node) -> Iterator[tuple[Node, Node]]:
    """(declarator, call) of each `const fetcher = useFetcher(...)` of the module."""
    for node in descendants(root):
        value = node.child_by_field_name("value") if node.type == "variable_declarator" else None
        if value is not None and value.type == "call_expression" and \
                text(value.child_by_field_name("function")) == FETCHER:
            yield node, value


def _fetchers_submit_here(root: Node) -> bool:
    """Whether every fetcher of the module (`const fetcher = useFetcher()`, imported from
    React Router or Remix) submits to the route's own action and loads nothing, so that its
    `data` is what that action returns: no key shared with other fetchers (`useFetcher({ key
    })`), no `fetcher.load(href)`, no `action` given to `fetcher.submit(data, { action })` or
    to a `<fetcher.Form action=...>`. A fetcher of a component of another module submits to
    the route that renders it: not read."""
    if not _imports_fetcher(root):
        return False
    names = set()
    for node, value in _fetcher_declarations(root):
        arguments = value.child_by_field_name("arguments")
        name = node.child_by_field_name("name")
        if name.type != "identifier" or arguments is None or arguments.named_child_count:
            return False
        names.add(text(name))
    for node in descendants(root):
        if node.type == "member_expression" and text(node.child_by_field_name("object")) in names and \
                text(node.child_by_field_name("property")) == "load":
            return False
        if node.type == "call_expression" and text(node.child_by_field_name("function")) in \
                {f"{name}.submit" for name in names} and b"action" in (node.text or b""):
            return False
        if node.type in ("jsx_opening_element", "jsx_self_closing_element") and \
                _element_name(node) in {f"{name}.Form" for name in names} and \
                any(a.type == "jsx_attribute" and text(a.named_children[0]) == "action"
                    for a in node.named_children if a.named_children):
            return False
    return bool(names)


def _element_name(element: Node) -> str | None:
    """The name of a JSX element; None for a fragment's `<>`, which has none."""
    name = element.child_by_field_name("name")
    return text(name) if name is not None else None


def _imports_fetcher(root: Node) -> bool:
    for statement in root.named_children:
        source = statement.child_by_field_name("source") if statement.type == "import_statement" else None
        if source is not None and text(source).strip("'\"") in PACKAGES and \
                any(text(n) == FETCHER for n in descendants(statement) if n.type == "identifier"):
            return True
    return False



def _exported_names(root: Node) -> set[str]:
    names = set()
    for statement in root.named_children:
        declared = statement.child_by_field_name("declaration") \
            if statement.type == "export_statement" else None
        if declared is None:
            continue
        if declared.type in ("function_declaration", "generator_function_declaration"):
            names.add(text(declared.child_by_field_name("name")))
        elif declared.type in ("lexical_declaration", "variable_declaration"):
            names.update(text(d.child_by_field_name("name")) for d in declared.named_children
                         if d.type == "variable_declarator")
    return names


def default_component(root: Node) -> str | None:
    """The name of the function the module exports by default."""
    for statement in root.named_children:
        if statement.type != "export_statement" or not any(c.type == "default" for c in statement.children):
            continue
        declared = statement.child_by_field_name("declaration")
        value = statement.child_by_field_name("value")
        if declared is not None and declared.type == "function_declaration":
            name = declared.child_by_field_name("name")
            return text(name) if name is not None else None
        if value is not None and value.type == "identifier":
            return text(value)
    return None


def prop_uses(components: tuple[ComponentReadsDecl, ...], root: Node, data: dict[str, str],
              under) -> tuple[UseDecl, ...]:
    """What the default-exported component reads of its `loaderData` / `actionData` prop, as
    uses of the route function's value (`under`: js_reads's (reads_under, props_under))."""
    name = default_component(root)
    reads_under, props_under = under
    found = []
    for component in components:
        if component.name != name:
            continue
        for prop in ("loaderData", "actionData"):
            if prop not in data:
                continue
            reads, props = reads_under(component.reads, prop), props_under(component.props, prop)
            if reads or props:
                found.append(UseDecl(data[prop], component.site, reads, props))
    return tuple(found)
