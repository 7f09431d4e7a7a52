"""Hono's RPC client: `const client = hc<AppType>('/')` (`hc` imported from `hono/client`) is
a client whose requests name their path in properties: `client.api.notes[':id'].pin.$post({
param: { id }, json: {...} })` is a POST of `/api/notes/:id/pin` under the client's base URL
(a `:name` segment is filled from `param`; a last `index` segment names the path without it,
as `hc` drops it). `$get`, `$post`, `$put`, `$patch`, `$delete` send the request; the options
are the first argument (`json`: the body, `query`: the query string), and the result is a
fetch Response (`await res.json()` is the body). `const api = client.api` made in the module of
`client` is a client under `/api`; a constant bound to a member of a client where a request is
sent (`const guides = client.api.guides; guides[':id'].$get()`, at the module's top level or in a
block around the call, `client` imported or not; `const { guides } = client.api` too) stands for
that member. A module-level constant bound to a member of a name the module imports (`export const
booths = client.api.booths`, `export const { passes } = client.api`) is a client under that member
of what the name is, if it is an RPC client (a ValueDecl of kind MEMBER, which impact.http.clients
follows to the imported client); a module importing it sends `booths.$get()` there.
"""

from __future__ import annotations

import re

from tree_sitter import Node

from impact.http import js_sent
from impact.lang.treesitter import call_arguments, descendants, site, text
from impact.model import RequestDecl, Url, ValueDecl

MODULE, FACTORY = "hono/client", "hc"
LIBRARY = "hono"
VERBS = {"$get": "GET", "$post": "POST", "$put": "PUT", "$patch": "PATCH", "$delete": "DELETE"}
INDEX = "index"
MEMBERS = ("member_expression", "subscript_expression", "identifier")  # what a client's member is bound to
# the kind of a ValueDecl of a member of an imported name: `${name}/path` if the name is an RPC client
MEMBER = "member"
EXPORTED_PATTERN = re.compile(rb"\bexport\s+const\s*\{")  # `export const { guides } = client.api`


def base_argument(value: Node, factories: frozenset[str]) -> Node | None | bool:
    """The base URL argument of `hc<AppType>(base)` when `value` is such a call with `hc`
    one of `factories`; True when it is one without a base it can read; None else."""
    if value.type != "call_expression" or not factories:
        return None
    function = value.child_by_field_name("function")
    if function.type != "identifier" or text(function) not in factories:
        return None
    args = call_arguments(value)
    return args[0] if args else True


def client(name: str, base: Url | None, node: Node) -> ValueDecl:
    return ValueDecl(name, "client", base, site(node), LIBRARY)


def sub_clients(pattern: Node, value: Node, node: Node, clients: list[ValueDecl],
                imported: frozenset[str]) -> list[ValueDecl]:
    """`const api = client.api`, `const { guides } = client.api`: a client under a path of an RPC
    client of the module (`clients`: the values it made before), or a MEMBER of a name the module
    imports."""
    chain = _chain(value)
    if chain is None or chain[0].type != "identifier" or any(s.startswith(("$", ":")) for s in chain[1]):
        return []
    root, below = text(chain[0]), list(reversed(chain[1]))
    made = next((v for v in reversed(clients) if v.name == root), None)
    if made is not None and made.library != LIBRARY or made is None and root not in imported:
        return []
    found = []
    names = destructured_keys(pattern) if pattern.type == "object_pattern" else [(None, text(pattern))]
    for key, name in names:
        segments = below + [key] if key is not None else below
        if not segments or pattern.type not in ("identifier", "object_pattern"):
            continue
        path = "/".join(segments)
        if made is None:
            found.append(ValueDecl(name, MEMBER, Url(("", "/" + path), (root,)), site(node), LIBRARY))
            continue
        base = made.value and \
            Url((*made.value.parts[:-1], made.value.parts[-1].rstrip("/") + "/" + path), made.value.holes)
        found.append(ValueDecl(name, "client", base, site(node), LIBRARY))
    return found


def destructured_keys(pattern: Node) -> list[tuple[str, str]]:
    """The (property, name) pairs of an object pattern that binds properties to names (`{ api,
    v2: next }`: ('api', 'api'), ('v2', 'next')); nested, computed and rest entries are left out."""
    found = []
    for entry in pattern.named_children:
        if entry.type == "shorthand_property_identifier_pattern":
            found.append((text(entry), text(entry)))
        elif entry.type == "pair_pattern" and entry.child_by_field_name("value").type == "identifier" and \
                entry.child_by_field_name("key").type == "property_identifier":
            found.append((text(entry.child_by_field_name("key")), text(entry.child_by_field_name("value"))))
    return found


def request(call: Node) -> RequestDecl | None:
    """`client.api.notes[':id'].$get({ param })`: a request on `client.$get` of the path the
    properties name (relative to the client's base)."""
    function = call.child_by_field_name("function")
    if function is None or function.type != "member_expression":
        return None
    verb = text(function.child_by_field_name("property"))
    if verb not in VERBS:
        return None
    chain = _chain(function.child_by_field_name("object"))
    for _step in range(MAX_ALIASES):  # `guides.$get()`, `const guides = client.api.guides`
        bound = _bound_chain(chain[0], call) if chain is not None and chain[0].type == "identifier" else None
        if bound is None:
            break
        chain = (bound[0], chain[1] + bound[1])
    if chain is None or chain[0].type != "identifier":
        return None
    root, segments = chain[0], list(reversed(chain[1]))
    if segments and segments[-1] == INDEX:
        segments.pop()
    return RequestDecl(f"{text(root)}.{verb}", path_url(segments), VERBS[verb], site(call),
                       arguments=js_sent.arguments(call_arguments(call)))


MAX_ALIASES = 4


def _chain(node: Node) -> tuple[Node, list[str]] | None:
    """The object a chain of properties starts from and the properties, last first
    (`client.api.notes[':id']`: `client`, [':id', 'notes', 'api']); None when a subscript is
    not a string."""
    segments: list[str] = []
    while node.type in ("member_expression", "subscript_expression"):
        if node.type == "member_expression":
            segments.append(text(node.child_by_field_name("property")))
            node = node.child_by_field_name("object")
            continue
        index = node.child_by_field_name("index")
        if index is None or index.type != "string":
            return None
        segments.append(text(index)[1:-1])
        node = node.child_by_field_name("object")
    return node, segments


def _bound_chain(name: Node, call: Node) -> tuple[Node, list[str]] | None:
    """The chain of properties a `const` of the nearest scope around `call` that binds `name`
    (the module's top level included) binds it to, when it is one (`const guides =
    client.api.guides`), declared before the call; None else (a parameter, a `let`, another
    value)."""
    wanted = text(name)
    scope = call.parent
    while scope is not None:
        if scope.type in BLOCKS:
            for statement in scope.named_children:
                if statement.start_byte >= call.start_byte:
                    break
                value = _declared_value(statement, wanted)
                if value is False:
                    continue
                chain = _chain(value[0]) if value is not None and \
                    value[0].type in ("member_expression", "subscript_expression", "identifier") else None
                chain = chain and (chain[0], value[1] + chain[1])
                return chain if chain is not None and chain[1] else None
        parameters = scope.child_by_field_name("parameters") if scope.type in FUNCTIONS else None
        if parameters is not None and wanted in _names(parameters):
            return None
        scope = scope.parent
    return None


FUNCTIONS = ("function_declaration", "function_expression", "arrow_function", "method_definition",
             "generator_function_declaration")


def _declared_value(statement: Node, name: str) -> tuple[Node, list[str]] | None | bool:
    """What a declaration statement binds `name` to: the value of a `const` and the property of
    it the name takes, if the name is destructured (`const { guides } = client.api`: `client.api`,
    ['guides']); None for a `let`, a `var`, a `const` without a value or a pattern it cannot
    read; False when it does not bind the name."""
    if statement.type == "export_statement":
        statement = statement.child_by_field_name("declaration") or statement
    if statement.type not in ("lexical_declaration", "variable_declaration"):
        return False
    constant = text(statement).startswith("const")
    for declarator in statement.named_children:
        bound = declarator.child_by_field_name("name") if declarator.type == "variable_declarator" else None
        if bound is None or name not in _names(bound):
            continue
        value = declarator.child_by_field_name("value") if constant else None
        if value is None or bound.type == "identifier":
            return value and (value, [])
        keys = [key for key, local in destructured_keys(bound) if local == name] \
            if bound.type == "object_pattern" else []
        return (value, keys) if len(keys) == 1 else None
    return False


BLOCKS = ("statement_block", "program")


def _names(pattern: Node) -> set[str]:
    """The names a pattern (or a list of parameters) binds, the words of its types too: a
    parameter shadows the constant whatever its type says."""
    return {text(n) for n in (pattern, *descendants(pattern))
            if n.type in ("identifier", "shorthand_property_identifier_pattern")}


def path_url(segments: list[str]) -> Url:
    """`/api/notes/${id}/pin` of ['api', 'notes', ':id', 'pin'] (under the client's base; a path
    parameter first, as of `guides[':id']`, is no name the URL starts with)."""
    parts, holes, current = [], [], ""
    for segment in segments:
        current += "/"
        if segment.startswith(":"):
            parts.append(current)
            holes.append(segment[1:].rstrip("?"))
            current = ""
        else:
            current += segment
    return Url((*parts, current), tuple(holes))
