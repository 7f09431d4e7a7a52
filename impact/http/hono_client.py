"""Hono's RPC client: `const client = hc<AppType>('/')` (`hc` imported from `hono/client`) is
a client whose requests name their path in properties: `client.api.notes[':id'].pin.$post({
param: { id }, json: {...} })` is a POST of `/api/notes/:id/pin` under the client's base URL
(a `:name` segment is filled from `param`; a last `index` segment names the path without it,
as `hc` drops it). `$get`, `$post`, `$put`, `$patch`, `$delete` send the request; the options
are the first argument (`json`: the body, `query`: the query string), and the result is a
fetch Response (`await res.json()` is the body). `const api = client.api` made in the module of
`client` is a client under `/api`; a constant bound to a member of a client where a request is
sent (`const guides = client.api.guides; guides[':id'].$get()`, at the module's top level or in a
block around the call, `client` imported or not) stands for that member.
"""

from __future__ import annotations

from tree_sitter import Node

from impact.http import js_sent
from impact.lang.treesitter import call_arguments, descendants, site, text
from impact.model import RequestDecl, Url, ValueDecl

MODULE, FACTORY = "hono/client", "hc"
LIBRARY = "hono"
VERBS = {"$get": "GET", "$post": "POST", "$put": "PUT", "$patch": "PATCH", "$delete": "DELETE"}
INDEX = "index"


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


def sub_client(name: str, value: Node, node: Node, clients: dict[str, ValueDecl]) -> ValueDecl | None:
    """`const api = client.api`: a client under a path of an RPC client of the module."""
    segments = []
    while value.type == "member_expression":
        segments.append(text(value.child_by_field_name("property")))
        value = value.child_by_field_name("object")
    made = clients.get(text(value)) if value.type == "identifier" and segments else None
    if made is None or made.library != LIBRARY or any(s.startswith(("$", ":")) for s in segments):
        return None
    base = made.value
    if base is not None:
        base = Url((*base.parts[:-1], base.parts[-1].rstrip("/") + "/" + "/".join(reversed(segments))),
                   base.holes)
    return ValueDecl(name, "client", base, site(node), LIBRARY)


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
    if chain is None or chain[0].type != "identifier" or not chain[1]:
        return None
    root, segments = chain[0], list(reversed(chain[1]))
    if segments[-1] == INDEX:
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
                chain = _chain(value) if value is not None and \
                    value.type in ("member_expression", "subscript_expression") else None
                return chain if chain is not None and chain[1] else None
        parameters = scope.child_by_field_name("parameters") if scope.type in FUNCTIONS else None
        if parameters is not None and wanted in _names(parameters):
            return None
        scope = scope.parent
    return None


FUNCTIONS = ("function_declaration", "function_expression", "arrow_function", "method_definition",
             "generator_function_declaration")


def _declared_value(statement: Node, name: str) -> Node | None | bool:
    """What a declaration statement binds `name` to: the value of a `const` (None for a `let`,
    a `var` or a `const` without one); False when it does not bind the name."""
    if statement.type == "export_statement":
        statement = statement.child_by_field_name("declaration") or statement
    if statement.type not in ("lexical_declaration", "variable_declaration"):
        return False
    constant = text(statement).startswith("const")
    for declarator in statement.named_children:
        bound = declarator.child_by_field_name("name") if declarator.type == "variable_declarator" else None
        if bound is not None and name in _names(bound):
            return declarator.child_by_field_name("value") if constant else None
    return False


BLOCKS = ("statement_block", "program")


def _names(pattern: Node) -> set[str]:
    """The names a pattern (or a list of parameters) binds, the words of its types too: a
    parameter shadows the constant whatever its type says."""
    return {text(n) for n in (pattern, *descendants(pattern))
            if n.type in ("identifier", "shorthand_property_identifier_pattern")}


def path_url(segments: list[str]) -> Url:
    """`api/notes/${id}/pin` of ['api', 'notes', ':id', 'pin']."""
    parts, holes, current = [], [], ""
    for index, segment in enumerate(segments):
        current += "/" if index else ""
        if segment.startswith(":"):
            parts.append(current)
            holes.append(segment[1:].rstrip("?"))
            current = ""
        else:
            current += segment
    return Url((*parts, current), tuple(holes))
