"""React Router (v6.4+ data routers, v7 framework mode) and Remix route modules: a module that
exports `loader` (or `clientLoader`) gives its route's component what that function returns,
as `useLoaderData()` in the module and as the `loaderData` prop of the component it exports
by default (v7's `Route.ComponentProps`); `action` (`clientAction`) likewise as
`useActionData()` and `actionData`. With both a server and a client function exported, which
one's value the component gets depends on hydration: neither is followed.
"""

from __future__ import annotations

from tree_sitter import Node

from impact.lang.treesitter import text
from impact.model import ComponentReadsDecl, UseDecl

# the function a route module exports -> the hook and the prop its value is read through
DATA = {"loader": ("useLoaderData", "loaderData"), "action": ("useActionData", "actionData")}
CLIENT = {"loader": "clientLoader", "action": "clientAction"}


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
    return found


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
