"""Redux Toolkit: a thunk's payload kept in a slice's state, and the selectors that read it.

A thunk (`const loadOrders = createAsyncThunk('orders/load', async () => fetchOrders())`, a
payload creator that returns what a call gives, or the function itself:
`createAsyncThunk('x', fetchOrders)`) gives that call's value (at the payload's steps) as
its payload: a ReturnDecl of the thunk keyed PAYLOAD at the call. A creator that makes the
request itself (`const res = await axios.get(url); return res.data`) is read as a function
named as the thunk (impact.http.js_reads: what it returns of the request). A slice
(`createSlice({ name: 'orders', extraReducers })`) keeps a thunk's payload with each case of
its fulfilment: `builder.addCase(loadOrders.fulfilled, (state, action) => { state.items =
action.payload.items })` in a builder callback, or `[loadOrders.fulfilled]: reducer` in the
object form of Redux Toolkit 1; a reducer returning the payload makes it the slice's state.
What it keeps is a ReturnDecl of STATE keyed `orders.items` (`orders` for the whole state):
at the call, for a thunk made in the slice's module whose payload is such a call; else at
the case's `thunk.fulfilled`, where a use of the thunk reads its payload (impact.http.reads
follows the thunk's payload to it, in any module). A selector hook (`useSelector((s) =>
s.orders.items)`, a typed `useAppSelector`) reads the state from the steps it selects: a use
of STATE (impact.http.reads joins the two by the slice's name, which is its key in the store
by convention). A reducer that does anything else with the payload, a selector that is not a
chain of properties of the state: not followed.
"""

from __future__ import annotations

import re

from tree_sitter import Node

from impact.http.js_functions import parameter, parameter_name
from impact.http.js_hooks import called
from impact.http.js_literals import object_pairs, string_value
from impact.lang.treesitter import call_arguments, descendants, site, text
from impact.model import ReadDecl, ReturnDecl, Site, UseDecl

STATE = "(redux state)"  # the callee of a selector's reads and the name of what a slice keeps
SLICE = "createSlice"
THUNK = "createAsyncThunk"
FULFILLED = "fulfilled"
SELECTOR = re.compile(r"use[A-Z]?\w*Selector")  # `useSelector`, a typed `useAppSelector`
EXTRA = "extraReducers"
PAYLOAD = "(thunk payload)"  # ReturnDecl.key of what a thunk gives its reducers as its payload
FUNCTIONS = ("arrow_function", "function_expression", "function", "method_definition")
WRAPPERS = ("parenthesized_expression", "as_expression", "satisfies_expression", "non_null_expression",
            "await_expression")


def is_selector(call: Node) -> bool:
    function = call.child_by_field_name("function")
    return function is not None and function.type == "identifier" and \
        SELECTOR.fullmatch(text(function)) is not None


def selection(call: Node) -> tuple[str, ...] | None:
    """The steps from the state a selector hook's call gives: `(s) => s.orders.items`:
    ("orders", "items"); None for any other selector."""
    given = call_arguments(call)
    selector = given[0] if len(given) == 1 else None
    if selector is None or selector.type not in FUNCTIONS:
        return None
    state = parameter_name(selector, 0)
    body = selector.child_by_field_name("body")
    steps = steps_from(_inner(body), state) if state is not None and body is not None else None
    return steps or None


def kept_payloads(calls: list[Node], declarations) -> tuple[list[UseDecl], list[ReturnDecl]]:
    """What the thunks and slices of a module give and keep: the use of the call each thunk's
    payload is the value of, with its payload (a ReturnDecl keyed PAYLOAD, for the slices of
    other modules that keep it); and what each slice keeps of a thunk's payload (ReturnDecls
    of STATE keyed `<slice>.<key>`): at that call for a thunk made here, else at the
    `thunk.fulfilled` its reducer is given, a use of the thunk there reading its payload."""
    thunks = {name: payload for name, value, _node in declarations
              if (payload := _payload(value)) is not None}
    uses: dict[Site, UseDecl] = {}
    returns = []
    for name, (source, callee, steps) in thunks.items():
        uses[site(source)] = UseDecl(callee, site(source), ())
        returns.append(ReturnDecl(name, site(source), steps, PAYLOAD))
    for call in calls:
        slice_name, reducers = _slice(call)
        for thunk, reducer, case in reducers:
            kept = _kept(reducer)
            if not kept:
                continue
            # a thunk made elsewhere, or whose creator is read as a function (what it returns of
            # a request: impact.http.js_reads), gives its payload where the case names it
            source, callee, steps = thunks.get(thunk) or (case, thunk, ())
            where = site(source)
            reads = tuple(ReadDecl(steps + held, site(at)) for _key, held, at in kept if held)
            known = uses.get(where)
            uses[where] = UseDecl(callee, where, (known.reads if known is not None else ()) + reads)
            returns += [ReturnDecl(STATE, where, steps + held, f"{slice_name}.{key}" if key else slice_name)
                        for key, held, _at in kept]
    return list(uses.values()), returns


def creator(value: Node) -> Node | None:
    """The payload creator function of `createAsyncThunk(type, async () => {...})`."""
    if value.type != "call_expression" or text(value.child_by_field_name("function")) != THUNK:
        return None
    given = call_arguments(value)
    return given[1] if len(given) >= 2 and given[1].type in FUNCTIONS else None


def _payload(value: Node) -> tuple[Node, str, tuple[str, ...]] | None:
    """`createAsyncThunk(type, creator)`: (the call its creator returns the value of, or the
    function it is, that call's callee, the steps of that value it returns)."""
    if value.type != "call_expression" or text(value.child_by_field_name("function")) != THUNK:
        return None
    given = call_arguments(value)
    creator = given[1] if len(given) >= 2 else None
    if creator is None:
        return None
    if creator.type in ("identifier", "member_expression"):
        return creator, text(creator), ()
    if creator.type not in FUNCTIONS:
        return None
    body = creator.child_by_field_name("body")
    returned = _returned(body)
    if returned is not None and returned.type == "identifier" and body.type == "statement_block":
        returned = _const_value(body, text(returned))
    call, steps = called(returned) if returned is not None else (None, ())
    function = call.child_by_field_name("function") if call is not None else None
    if function is None or function.type not in ("identifier", "member_expression"):
        return None
    return call, text(function), steps


def _slice(call: Node) -> tuple[str, list[tuple[str, Node, Node]]]:
    """`createSlice({ name, extraReducers })`: its name and (thunk, reducer, `thunk.fulfilled`)
    of each case for a thunk's fulfilment: `builder.addCase(thunk.fulfilled, reducer)` in a
    builder callback (`extraReducers: (builder) => {...}`, `extraReducers(builder) {...}`), or
    `[thunk.fulfilled]: reducer` (`[thunk.fulfilled.type]` too) in the object form of Redux
    Toolkit 1."""
    if text(call.child_by_field_name("function")) != SLICE:
        return "", []
    given = call_arguments(call)
    options = _inner(given[0]) if len(given) == 1 else None
    pairs = object_pairs(options)
    name = string_value(pairs.get("name")) if pairs is not None and "name" in pairs else None
    extra = _extra_reducers(options) if name else None
    if extra is None:
        return "", []
    if extra.type == "object":
        return name, [case for pair in extra.named_children if (case := _keyed_case(pair)) is not None]
    found = []
    for node in descendants(extra.child_by_field_name("body")):
        function = node.child_by_field_name("function") if node.type == "call_expression" else None
        if function is None or function.type != "member_expression" or \
                text(function.child_by_field_name("property")) != "addCase":
            continue
        cases = call_arguments(node)
        thunk = _fulfilled(cases[0]) if len(cases) == 2 and cases[1].type in FUNCTIONS else None
        if thunk is not None:
            found.append((thunk, cases[1], cases[0]))
    return name, found


def _extra_reducers(options: Node) -> Node | None:
    """The builder callback or the object of a slice's `extraReducers`."""
    for child in options.named_children:
        if child.type == "method_definition" and text(child.child_by_field_name("name")) == EXTRA:
            return child
        key = child.child_by_field_name("key") if child.type == "pair" else None
        value = _inner(child.child_by_field_name("value")) if key is not None and text(key) == EXTRA else None
        if value is not None and (value.type in FUNCTIONS or value.type == "object"):
            return value
    return None


def _keyed_case(pair: Node) -> tuple[str, Node, Node] | None:
    """`[thunk.fulfilled]: (state, action) => {...}` of the object form."""
    key = pair.child_by_field_name("key") if pair.type == "pair" else None
    if key is None or key.type != "computed_property_name" or not key.named_children:
        return None
    reducer = _inner(pair.child_by_field_name("value"))
    case = _inner(key.named_children[0])
    if case.type == "member_expression" and text(case.child_by_field_name("property")) == "type":
        case = case.child_by_field_name("object")  # `[thunk.fulfilled.type]`
    thunk = _fulfilled(case)
    return (thunk, reducer, case) if thunk is not None and reducer.type in FUNCTIONS else None


def _fulfilled(case: Node) -> str | None:
    """`thunk` of `thunk.fulfilled`."""
    if case.type != "member_expression" or text(case.child_by_field_name("property")) != FULFILLED:
        return None
    thunk = case.child_by_field_name("object")
    return text(thunk) if thunk.type == "identifier" else None


def _kept(reducer: Node) -> list[tuple[str, tuple[str, ...], Node]]:
    """(state key, steps of the payload, the property read last) of each `state.key =
    action.payload.x` of a case reducer (`(state, { payload })` too), at its top level; key
    "" for a reducer that returns the payload as the slice's state (`return action.payload`,
    `(state, action) => action.payload`)."""
    action = parameter_name(reducer, 1)
    payload = _destructured_payload(reducer)
    found = []
    for key, value in kept_values(reducer):
        right = _inner(value)
        steps = steps_from(right, action)
        at = right.child_by_field_name("property") if right.type == "member_expression" else right
        if steps is not None and steps[:1] == ("payload",):
            found.append((key, steps[1:], at))
        elif payload is not None:
            steps = steps_from(right, payload)
            if steps is not None:
                found.append((key, steps, at))
    return found


def kept_values(reducer: Node) -> list[tuple[str, Node]]:
    """(state key, value) of each `state.key = value` at the top of a case reducer, and
    ("", value) of the value it returns (the slice's new state)."""
    state = parameter_name(reducer, 0)
    body = reducer.child_by_field_name("body")
    if body is None:
        return []
    if body.type != "statement_block":
        return [("", body)]
    found = []
    for statement in body.named_children:
        if statement.type == "return_statement" and statement.named_children:
            found.append(("", statement.named_children[0]))
        expression = statement.named_children[0] if statement.type == "expression_statement" and \
            statement.named_children else None
        if expression is None or expression.type != "assignment_expression":
            continue
        left = expression.child_by_field_name("left")
        if state is not None and left.type == "member_expression" and \
                text(left.child_by_field_name("object")) == state:
            found.append((text(left.child_by_field_name("property")), expression.child_by_field_name("right")))
    return found


def steps_from(node: Node, root: str | None) -> tuple[str, ...] | None:
    """The properties read from `root` in `root.a.b` (`root?.a` too); None for anything else."""
    steps: list[str] = []
    while node.type == "member_expression":
        steps.insert(0, text(node.child_by_field_name("property")))
        node = _inner(node.child_by_field_name("object"))
    return tuple(steps) if root is not None and node.type == "identifier" and text(node) == root else None


def _destructured_payload(reducer: Node) -> str | None:
    """`payload` of a case reducer `(state, { payload })`."""
    node = parameter(reducer, 1)
    if node is None or node.type != "object_pattern":
        return None
    names = [text(c) for c in node.named_children if c.type == "shorthand_property_identifier_pattern"]
    return "payload" if "payload" in names else None


def _returned(body: Node | None) -> Node | None:
    if body is None:
        return None
    if body.type != "statement_block":
        return _inner(body)
    returns = [s for s in body.named_children if s.type == "return_statement"]
    return _inner(returns[0].named_children[0]) if len(returns) == 1 and returns[0].named_children else None


def _const_value(block: Node, name: str) -> Node | None:
    """The value of `const name = ...` at the top of a block."""
    for statement in block.named_children:
        if statement.type == "lexical_declaration" and text(statement).startswith("const"):
            for declarator in statement.named_children:
                if declarator.type == "variable_declarator" and \
                        text(declarator.child_by_field_name("name")) == name:
                    value = declarator.child_by_field_name("value")
                    return _inner(value) if value is not None else None
    return None


def _inner(node: Node) -> Node:
    while node.type in WRAPPERS and node.named_children:
        node = node.named_children[0]
    return node
