"""What a Flask (or aiohttp) view cannot do without (IMP405): the JSON body fields and query parameters it
reads by subscript before anything else happens.

`request.json["title"]`, `request.get_json()["title"]`, `data["title"]` after `data =
request.get_json()`, and `request.args["q"]` raise when the key is missing (a 400 from
werkzeug, or a 500), so the request must send it — but only where the read surely runs: in
the statements that open the view's body up to its first `return` (what that returns is
built, `return {"title": data["title"]}`), before any branch, loop, `try` or `with`, and not under a condition in its own expression (`data["x"] if ... else`, `and`,
`or`, a lambda or comprehension); the statements that open an `if request.method == "POST":`
there, for that method's requests only. `request` must be Flask's (imported from `flask` or
`quart`, or Bottle's: `request.json`; `await request.get_json()`), or an aiohttp handler's first parameter (`data = await
request.json()`, `request.query["q"]`; a Starlette handler's, `request.query_params["q"]`), or the request Robyn hands a handler (`data = request.json()`). A read through `.get(...)`, or anywhere later in the view,
asks nothing.
"""

from __future__ import annotations

from tree_sitter import Node

from impact.lang.treesitter import site, text
from impact.model import Import, ParameterDecl

CONDITIONAL = ("conditional_expression", "boolean_operator", "lambda", "list_comprehension",
               "dictionary_comprehension", "set_comprehension", "generator_expression")
BODY, QUERY = "field", "query"
JSON_DECODERS = ("json.loads", "json_decode")
FLASK_LIKE = ("flask", "quart", "bottle")  # a module-level `request` whose `json` is the body


def flask_request(imports: tuple[Import, ...]) -> str | None:
    """The name Flask's `request` is imported as, if it is (Quart's, Bottle's too)."""
    return next((i.local for i in imports if i.source in FLASK_LIKE and
                 i.imported == "request" and i.local), None)


def view_reads(view: Node, request: str | None) -> tuple[ParameterDecl, ...]:
    """The body fields (kind `field`) and query parameters (kind `query`) a view surely reads
    (none when the module does not import Flask's `request`)."""
    body = view.child_by_field_name("body") if request else None
    found: dict[tuple[str, str, str], ParameterDecl] = {}
    _opening(body, request, "", {}, found)
    return tuple(found.values())


def _opening(block: Node | None, request: str, method: str, sources: dict[str, str],
             found: dict[tuple[str, str, str], ParameterDecl]) -> None:
    """The reads of the statements that open a block (`sources`: a local name -> what it
    holds, BODY or QUERY). An `if request.method == "POST":` there opens the view for that
    method: its block's opening statements are read for it."""
    for statement in block.named_children if block is not None else ():
        if statement.type == "comment":
            continue
        only = _method_test(statement, request) if not method else None
        if only is not None:
            _opening(statement.child_by_field_name("consequence"), request, only, dict(sources), found)
            return
        if statement.type not in ("expression_statement", "return_statement"):
            return
        for node in _reads(statement):
            kind, key = _read(node, request, sources)
            if kind is not None and not _conditional(node, statement):
                found.setdefault((kind, key, method), ParameterDecl(key, kind, True, site(node),
                                                                    method=method))
        if statement.type == "return_statement":  # what it returns is built before anything else
            return
        _bind(statement, request, sources)


def _method_test(statement: Node, request: str) -> str | None:
    """"POST" of `if request.method == "POST":` (the method as a request gives it)."""
    if statement.type != "if_statement":
        return None
    condition = statement.child_by_field_name("condition")
    if condition is None or condition.type != "comparison_operator" or \
            len(condition.named_children) != 2 or "==" not in text(condition):
        return None
    left, right = condition.named_children
    if text(left) != f"{request}.method" or right.type != "string" or \
            any(c.type == "interpolation" for c in right.named_children):
        return None
    return "".join(text(c) for c in right.named_children if c.type == "string_content").upper()


def _reads(statement: Node):
    """The subscripts a statement reads (not those it assigns to)."""
    stack = [statement]
    while stack:
        node = stack.pop()
        if node.type == "assignment":
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            stack.extend(n for n in (right, left.child_by_field_name("value")
                                     if left is not None and left.type == "subscript" else None)
                         if n is not None)
            continue
        if node.type == "subscript":
            yield node
        stack.extend(reversed(node.named_children))


def _read(node: Node, request: str, sources: dict[str, str]) -> tuple[str | None, str]:
    subscript = node.child_by_field_name("subscript")
    if subscript is None or subscript.type != "string" or \
            any(c.type == "interpolation" for c in subscript.named_children):
        return None, ""
    key = "".join(text(c) for c in subscript.named_children if c.type == "string_content")
    return _source(node.child_by_field_name("value"), request, sources), key


def _source(node: Node | None, request: str, sources: dict[str, str], awaited: bool = False
            ) -> str | None:
    """BODY for `request.json`, `request.get_json(...)` (awaited: Quart's, and aiohttp's
    `await request.json()`) or a name bound to one; QUERY for `request.args` (aiohttp's
    `request.query`, Starlette's `request.query_params`) or a name bound to it; else None."""
    if node is None:
        return None
    if node.type == "identifier":
        return sources.get(text(node))
    if node.type in ("await", "parenthesized_expression") and node.named_children:
        return _source(node.named_children[-1], request, sources, awaited=True)
    if node.type == "call" and awaited:  # Quart's `await request.get_json()`, aiohttp's
        # `await request.json()`
        return BODY if text(node.child_by_field_name("function")) in (
            f"{request}.get_json", f"{request}.json", f"{request}.get_media") else None
    if node.type == "call":  # Falcon's `req.get_media()` too, Robyn's `request.json()`
        function = node.child_by_field_name("function")
        return BODY if text(function) in (f"{request}.get_json", f"{request}.get_media", f"{request}.json") or \
            _decodes_body(node, request) else None
    if node.type == "attribute":  # Falcon's `req.media`, `req.params`, Flask-RESTX's `ns.payload`
        written = text(node)
        return BODY if written in (f"{request}.json", f"{request}.media", f"{request}.payload") else \
            QUERY if written in (f"{request}.args", f"{request}.query", f"{request}.params",
                                 f"{request}.query_params") else None
    return None


def _decodes_body(call: Node, request: str) -> bool:
    """`json.loads(request.body)`, Tornado's `json_decode(self.request.body)`
    (`tornado.escape.json_decode`): the body decoded as JSON."""
    function = text(call.child_by_field_name("function"))
    arguments = call.child_by_field_name("arguments")
    given = [a for a in arguments.named_children if a.type != "comment"] if arguments else []
    return (function in JSON_DECODERS or function.endswith(".json_decode")) and len(given) == 1 \
        and text(given[0]) == f"{request}.body"


def _bind(statement: Node, request: str, sources: dict[str, str]) -> None:
    assignment = statement.named_children[0] if statement.named_children else None
    if assignment is None or assignment.type != "assignment":
        return
    left = assignment.child_by_field_name("left")
    if left is None or left.type != "identifier":
        return
    held = _source(assignment.child_by_field_name("right"), request, sources)
    if held is None:
        sources.pop(text(left), None)
    else:
        sources[text(left)] = held


def is_conditional(node: Node, statement: Node) -> bool:
    """Whether `node` runs only under a condition of its own statement's (`x if c else y`,
    `and`, `or`, a lambda or a comprehension)."""
    return _conditional(node, statement)


def _conditional(node: Node, statement: Node) -> bool:
    current = node.parent
    while current is not None and current != statement:
        if current.type in CONDITIONAL:
            return True
        current = current.parent
    return False
