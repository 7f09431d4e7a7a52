"""Vuex: what an action's request gives, kept in the store's state by a mutation.

A store (`new Vuex.Store({ state, mutations, actions, modules })`, `createStore({...})`)
keeps a value where one of its actions commits it (`async load({ commit }) { const { data }
= await axios.get(u); commit('setTasks', data) }`, `context.commit(...)`) to a mutation of
the same options that sets a key of its state to its payload (`setTasks(state, tasks) {
state.tasks = tasks }`, `state.items = payload.items`). A module written in the store's
`modules` (`modules: { board: {...} }`) keeps its state under its name (`board.items`),
namespaced or not, as Vuex does. Options given by name (`mutations,` where `const mutations =
{...}` is at the module's top) are read there. What it keeps is a ReturnDecl of
impact.http.redux.STATE keyed by the state's path, at the request, joined by
impact.http.reads with what the components of the package read of the store's state
(impact.http.js_reads.vuex_uses). A mutation named by no string literal, a payload that is
not a property path of the request's value, a module defined in another file: not followed.
"""

from __future__ import annotations

from collections.abc import Iterator

from tree_sitter import Node

from impact.http.js_functions import descendants, parameter, parameter_name
from impact.http.js_hooks import called
from impact.http.js_literals import object_pairs, string_value
from impact.http.redux import STATE, kept_values, steps_from
from impact.lang.treesitter import ancestor, call_arguments, site, text
from impact.model import ReturnDecl, UseDecl

STORE_MAKERS = ("Vuex.Store", "Store", "createStore", "Vuex.createStore")
COMMIT = "commit"
FUNCTIONS = ("arrow_function", "function_expression", "function", "method_definition")
PROMISE_METHODS = ("then", "catch", "finally")


def kept_states(root: Node) -> tuple[list[UseDecl], list[ReturnDecl]]:
    """The requests whose values the Vuex stores made in a module keep, and where."""
    uses, returns = [], []
    for call in descendants(root):
        options = _store_options(call)
        for prefix, module in _modules(options, root, ()) if options is not None else ():
            for request, steps, key in _committed(module, root):
                uses.append(UseDecl(text(request.child_by_field_name("function")), site(request), ()))
                returns.append(ReturnDecl(STATE, site(request), steps, ".".join(prefix + (key,))))
    return uses, returns


def _store_options(call: Node) -> Node | None:
    if call.type != "call_expression" and call.type != "new_expression":
        return None
    callee = call.child_by_field_name("function") or call.child_by_field_name("constructor")
    given = call_arguments(call)
    if callee is None or text(callee) not in STORE_MAKERS or len(given) != 1:
        return None
    if text(callee) in ("Store", "Vuex.Store") and call.type != "new_expression":
        return None
    return given[0] if given[0].type == "object" else None


def _modules(options: Node, root: Node, prefix: tuple[str, ...]
             ) -> Iterator[tuple[tuple[str, ...], Node]]:
    """(the path of its state in the store's, the options) of a store's options and of each
    module written in them, nested ones too."""
    yield prefix, options
    pairs = object_pairs(options) or {}
    modules = _named_object(pairs.get("modules"), root)
    for name, module in (object_pairs(modules) or {}).items() if modules is not None else ():
        module = _named_object(module, root)
        if module is not None and len(prefix) < 3:
            yield from _modules(module, root, prefix + (name,))


def _committed(options: Node, root: Node) -> Iterator[tuple[Node, tuple[str, ...], str]]:
    """(the request, the steps of its value, the state key) of each commit of a request's
    value by the actions of a store's options to a mutation of theirs that keeps it."""
    pairs = object_pairs(options) or {}
    mutations = dict(_functions(_named_object(pairs.get("mutations"), root), root))
    for _action, action in _functions(_named_object(pairs.get("actions"), root), root):
        for commit in _commits(action):
            given = call_arguments(commit)
            mutation = mutations.get(_name(given[0], root)) if len(given) == 2 else None
            value = _request_value(action, given[1]) if mutation is not None else None
            if value is None:
                continue
            for key, held in _kept(mutation):
                yield value[0], value[1] + held, key


def _named_object(node: Node | None, root: Node) -> Node | None:
    """An object literal, or the one a `const` at the module's top gives the name."""
    if node is not None and node.type in ("identifier", "shorthand_property_identifier"):
        node = _top_const(root, text(node))
    return node if node is not None and node.type == "object" else None


def _top_const(root: Node, name: str) -> Node | None:
    """The value of `const name = ...` at the module's top (exported too)."""
    for statement in root.named_children:
        declaration = statement.named_children[0] if statement.type == "export_statement" and \
            statement.named_children else statement
        if declaration.type != "lexical_declaration" or not text(declaration).startswith("const"):
            continue
        for declarator in declaration.named_children:
            if declarator.type == "variable_declarator" and \
                    text(declarator.child_by_field_name("name")) == name:
                return declarator.child_by_field_name("value")
    return None


def _name(node: Node | None, root: Node) -> str | None:
    """The mutation or action name a key or a commit's argument gives: a string, a plain
    key, or a constant of the module (`[SET_TASKS](state, tasks)` where `const SET_TASKS =
    'setTasks'`, `commit(types.SET_TASKS, data)` where `const types = { SET_TASKS: '...' }`,
    the mutation-types pattern Vuex's docs show)."""
    if node is None:
        return None
    if node.type in ("property_identifier", "string"):
        return string_value(node) if node.type == "string" else text(node)
    if node.type == "computed_property_name" and node.named_child_count == 1:
        return _constant(node.named_children[0], root)
    return _constant(node, root)


def _constant(node: Node, root: Node) -> str | None:
    if node.type == "string":
        return string_value(node)
    if node.type == "identifier":
        value = _top_const(root, text(node))
        return string_value(value) if value is not None and value.type == "string" else None
    if node.type == "member_expression":
        table = object_pairs(_named_object(node.child_by_field_name("object"), root)) or {}
        value = table.get(text(node.child_by_field_name("property")))
        return string_value(value) if value is not None and value.type == "string" else None
    return None


def _functions(options: Node | None, root: Node) -> Iterator[tuple[str, Node]]:
    for entry in options.named_children if options is not None else ():
        if entry.type == "method_definition":
            name, function = _name(entry.child_by_field_name("name"), root), entry
        elif entry.type == "pair" and entry.child_by_field_name("value").type in FUNCTIONS:
            name, function = _name(entry.child_by_field_name("key"), root), entry.child_by_field_name("value")
        else:
            continue
        if name is not None:
            yield name, function


def _commits(action: Node) -> Iterator[Node]:
    """The calls of `commit` the action's context gives: `{ commit }` destructured, or
    `context.commit`."""
    context = parameter(action, 0)
    if context is None:
        return
    destructured = context.type == "object_pattern" and any(
        c.type == "shorthand_property_identifier_pattern" and text(c) == COMMIT
        for c in context.named_children)
    for node in descendants(action.child_by_field_name("body")):
        function = node.child_by_field_name("function") if node.type == "call_expression" else None
        if function is None:
            continue
        if destructured and function.type == "identifier" and text(function) == COMMIT or \
                context.type == "identifier" and function.type == "member_expression" and \
                text(function.child_by_field_name("object")) == text(context) and \
                text(function.child_by_field_name("property")) == COMMIT:
            yield node


def _request_value(action: Node, payload: Node) -> tuple[Node, tuple[str, ...]] | None:
    """(the call, the steps of its awaited value) a commit's payload is: a property path of
    the parameter of a `.then` callback of the call (`axios.get(u).then((res) =>
    commit('set', res.data))`), or of a `const` (a `let` never assigned) of the action's body
    (of a block of it around the commit: `try { ... }`) bound to an awaited call (`const { data } = await axios.get(u)`, `const res = await
    api.get(u)` and `res.data`)."""
    steps: list[str] = []
    node = payload
    while node.type == "member_expression":
        steps.insert(0, text(node.child_by_field_name("property")))
        node = node.child_by_field_name("object")
    if node.type != "identifier":
        return None
    name = text(node)
    function = ancestor(payload, FUNCTIONS)
    while function is not None and function != action:
        bound = _bound_steps(parameter(function, 0), name)
        if bound is not None:
            request = _then_request(function)
            return (request, bound + tuple(steps)) if request is not None else None
        function = ancestor(function, FUNCTIONS)
    found = None  # the innermost declaration around the commit (one nested hides another)
    for statement in descendants(action.child_by_field_name("body"), FUNCTIONS):
        block = statement.parent
        if statement.type != "lexical_declaration" or not text(statement).startswith(("const", "let")) \
                or text(statement).startswith("let") and _assigned(action, name) or \
                not block.start_byte <= payload.start_byte < block.end_byte:
            continue
        for declarator in statement.named_children:
            pattern = declarator.child_by_field_name("name")
            bound = _bound_steps(pattern, name)
            if bound is not None:
                found = (declarator.child_by_field_name("value"), bound)
            elif pattern is not None and name in {text(n) for n in descendants(pattern)}:
                found = None  # bound some other way (`const [data] = ...`): not followed
    value, bound = found if found is not None else (None, ())
    call, read = called(value) if value is not None and value.type == "await_expression" else (None, ())
    return (call, read + bound + tuple(steps)) if call is not None else None


def _then_request(callback: Node) -> Node | None:
    """The call whose `.then` is given the callback (`axios.get(u).then(callback)`)."""
    arguments = callback.parent
    then = arguments.parent if arguments is not None and arguments.type == "arguments" else None
    member = then.child_by_field_name("function") if then is not None and \
        then.type == "call_expression" else None
    if member is None or member.type != "member_expression" or \
            text(member.child_by_field_name("property")) != "then" or call_arguments(then)[:1] != [callback]:
        return None
    request = member.child_by_field_name("object")
    function = request.child_by_field_name("function") if request.type == "call_expression" else None
    if function is None or function.type == "member_expression" and \
            text(function.child_by_field_name("property")) in PROMISE_METHODS:
        return None  # `.then((r) => r.json()).then(...)`: another value
    return request


def _assigned(function: Node, name: str) -> bool:
    return any(node.type in ("assignment_expression", "augmented_assignment_expression") and
               text(node.child_by_field_name("left")) == name
               for node in descendants(function.child_by_field_name("body")))


def _bound_steps(pattern: Node | None, name: str) -> tuple[str, ...] | None:
    """The steps from a declarator's value to `name` it binds: () for `name`, ("data",) for
    `{ data }` or `{ data: name }`."""
    if pattern is None:
        return None
    if pattern.type == "identifier":
        return () if text(pattern) == name else None
    if pattern.type != "object_pattern":
        return None
    for entry in pattern.named_children:
        if entry.type == "shorthand_property_identifier_pattern" and text(entry) == name:
            return (name,)
        value = entry.child_by_field_name("value") if entry.type == "pair_pattern" else None
        if value is not None and value.type == "identifier" and text(value) == name:
            return (text(entry.child_by_field_name("key")),)
    return None


def _kept(mutation: Node) -> list[tuple[str, tuple[str, ...]]]:
    """(state key, steps of the payload) of each `state.key = payload.x` at the top of a
    mutation."""
    payload = parameter_name(mutation, 1)
    found = []
    for key, value in kept_values(mutation):
        steps = steps_from(value, payload) if key else None
        if steps is not None:
            found.append((key, steps))
    return found
