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
not a property path of the request's value: not followed. A module written in its own file and
registered by import (`modules: { boats }`) keeps its state relative to itself, joined through
the StoreModuleDecl of the store that registers it; a getter that gives a part of the state
(`leader: (state) => state.list[0]`) keeps that part under its getter_key (`mapGetters`); a
getter that builds new values from the items of a part of the state (`labels: (state) =>
state.hides.map((hide) => ({ text: hide.areaSqm }))`) reads their fields where it names them,
reads of the request's value at the request (_getter_reads); so does one over another getter
of the same options that gives a part of the state (`(state, getters) => getters.tall.map(...)`).
A module's getter reading the root store's getters through its fourth parameter
(`rootGetters.tall.some((tree) => tree.bed)`) reads their values as a component reading
`store.getters.tall` does, and the root store's state through their third (`rootState.birds
.filter((bird) => bird.loft === name)`) as a component reading `store.state.birds` (_root_reads).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tree_sitter import Node

from impact.http.js_functions import parameter, parameter_name
from impact.http.js_hooks import called
from impact.http.js_literals import import_bindings, object_pairs, string_value
from impact.http.redux import STATE, kept_values, steps_from
from impact.lang.treesitter import ancestor, call_arguments, descendants, site, text
from impact.model import ReadDecl, ReturnDecl, Site, StoreModuleDecl, UseDecl

STORE_MAKERS = ("Vuex.Store", "Store", "createStore", "Vuex.createStore")
# the text a module that makes a store holds (`new Vuex.Store(`, `createStore<State>(`)
STORE_MADE = re.compile(rb"\bStore\s*[(<]|\bcreateStore\b")
COMMIT = "commit"
FUNCTIONS = ("arrow_function", "function_expression", "function", "method_definition")
PROMISE_METHODS = ("then", "catch", "finally")
MODULE_STATE = "(vuex module state) "  # + the export: what an exported module's options keep
MODULE_PARTS = {"mutations", "actions", "getters"}
MODULE_STATE_KEYS = {"state", "namespaced"}
NAMES = ("identifier", "shorthand_property_identifier")
PACKAGE = "vuex"
USE_STORE = "useStore"  # Vuex 4: the store, in a component's setup
MAP_GETTERS = "mapGetters"  # `...mapGetters('board', ['first'])` in a component's `computed`
GETTER = "(getter) "  # + its name: the key a getter's value is kept under, beside the state's
ITEM = "[]"  # a step to an item of an array (impact.http.js_reads.ITEM)
# array methods a getter may give its state's array through: to an item, to the array's items
ARRAY_CALLS = {"find": (ITEM,), "findLast": (ITEM,), "at": (ITEM,), "filter": (), "slice": ()}
# array methods whose callback is given each item first: what it reads of it, a getter reads
ITEM_CALLBACKS = ("map", "filter", "find", "findLast", "some", "every", "forEach", "flatMap")
MAX_THENS = 3  # `.then` callbacks followed back from the one that commits, through property paths


def kept_states(root: Node) -> tuple[list[UseDecl], list[ReturnDecl]]:
    """The requests whose values the Vuex stores made in a module keep, and where; and
    those the options of a Vuex module it exports keep (`export default { namespaced: true,
    state, mutations, actions }`), keyed relative to that module's state, under
    `module_state(export)` (impact.http.reads joins them through the stores that register
    the module: StoreModuleDecl)."""
    stores = [(STATE, options) for call in descendants(root)
              if (options := _store_options(call)) is not None]
    stores += [(module_state(export), options) for export, options in _exported_modules(root)]
    uses, returns = [], []
    for name, options in stores:
        for prefix, module in _modules(options, root, ()):
            root_reads = _root_reads(module, root)
            if root_reads:  # read of the root store's state and getters' values, as a component's are
                uses.append(UseDecl(STATE, site(module), root_reads))
            getters = _getters(module, root)
            read_by_getters = _getter_reads(module, root)
            for request, steps, key in _committed(module, root):
                reads = tuple(ReadDecl(steps + path[1:], at) for path, at in read_by_getters
                              if path[0] == key)
                uses.append(UseDecl(text(request.child_by_field_name("function")), site(request), reads))
                returns.append(ReturnDecl(name, site(request), steps, ".".join(prefix + (key,))))
                returns += [ReturnDecl(name, site(request), steps + path[1:], ".".join(prefix + (getter,)))
                            for getter, path in getters if path[0] == key]
    return uses, returns


def getter_key(name: str) -> str:
    """The key a getter's value is kept under beside the state's keys (`mapGetters`)."""
    return f"{GETTER}{name}"


def getter_steps(written: tuple[str, ...]) -> tuple[str, ...]:
    """The steps in the store's state of the getter a component names (`('board', 'first')`
    for `mapGetters('board', ['first'])`; `'board/first'` in one step, as a namespaced
    getter's full name is written, too)."""
    parts = tuple(part for step in written for part in step.split("/"))
    return parts[:-1] + (getter_key(parts[-1]),) if parts and all(parts) else ()


def _getters(options: Node, root: Node) -> list[tuple[str, tuple[str, ...]]]:
    """(getter_key(name), the path of its value in the state) of each getter of a store's
    options that gives a value of its state (`leader: (state) => state.list[0]`,
    `open(state) { return state.tasks.filter((t) => !t.done) }`)."""
    found = []
    for name, getter in _functions(_named_object((object_pairs(options) or {}).get("getters"), root), root):
        path = returned_state_path(getter)
        if path:
            found.append((getter_key(name), path))
    return found


def _getter_reads(options: Node, root: Node) -> list[tuple[tuple[str, ...], Site]]:
    """(the path in the state, where) of each field a store's getters read of the items of a
    part of their state in a callback given them (`state.hides.map((hide) => hide.areaSqm)`:
    ("hides", "[]", "areaSqm")), where the callback names the item by a plain parameter."""
    found = []
    given_by_getters = dict(_getters(options, root))
    for _name, getter in _functions(_named_object((object_pairs(options) or {}).get("getters"), root), root):
        state, getters = parameter_name(getter, 0), parameter_name(getter, 1)
        for call in descendants(getter) if state is not None else ():
            function = call.child_by_field_name("function") if call.type == "call_expression" else None
            if function is None or function.type != "member_expression" or \
                    text(function.child_by_field_name("property")) not in ITEM_CALLBACKS:
                continue
            path = _state_path(function.child_by_field_name("object"), state) or \
                _other_getters_path(function.child_by_field_name("object"), getters, given_by_getters)
            given = call_arguments(call)
            callback = given[0] if given and given[0].type in FUNCTIONS else None
            if not path or path[-1] == ITEM:
                continue
            found += [(path + (ITEM, field), at) for field, at in _item_reads(callback)]
    return found


def _root_reads(options: Node, root: Node) -> tuple[ReadDecl, ...]:
    """What a module's getters read of the items the root store's getters give, through their
    fourth parameter (`(state, getters, rootState, rootGetters) => rootGetters.tall.some((tree)
    => tree.bed)`): (getter_key path, ITEM, field) as a component reading `store.getters.tall`;
    and of the items of a part of the root store's state, through their third
    (`rootState.birds.filter((bird) => bird.loft === name)`: ("birds", ITEM, "loft"))."""
    found = []
    for _name, getter in _functions(_named_object((object_pairs(options) or {}).get("getters"), root), root):
        root_state, named = parameter_name(getter, 2), parameter_name(getter, 3)
        for call in descendants(getter) if root_state is not None or named is not None else ():
            function = call.child_by_field_name("function") if call.type == "call_expression" else None
            if function is None or function.type != "member_expression" or \
                    text(function.child_by_field_name("property")) not in ITEM_CALLBACKS:
                continue
            target = function.child_by_field_name("object")
            steps = (_root_getter_steps(target, named) if named is not None else ()) or \
                (_state_path(target, root_state) or () if root_state is not None else ())
            given = call_arguments(call)
            callback = given[0] if given and given[0].type in FUNCTIONS else None
            if steps and steps[-1] != ITEM:
                found += [ReadDecl((*steps, ITEM, field), at) for field, at in _item_reads(callback)]
    return tuple(found)


def _root_getter_steps(node: Node, root_getters: str) -> tuple[str, ...]:
    """`rootGetters.tall`, `rootGetters['trees/tall']`: the getter's key path (getter_steps)."""
    if node.type == "member_expression" and _names(node.child_by_field_name("object"), root_getters):
        return getter_steps((text(node.child_by_field_name("property")),))
    if node.type == "subscript_expression" and _names(node.child_by_field_name("object"), root_getters):
        written = string_value(node.child_by_field_name("index"))
        return getter_steps((written,)) if written else ()
    return ()


def _item_reads(callback: Node | None) -> list[tuple[str, Site]]:
    """(field, where) of each read a callback makes of its first parameter, a plain name, the
    item it is given (`(tree) => tree.bed === id`)."""
    item = parameter_name(callback, 0) if callback is not None else None
    if item is None:
        return []
    body = callback.child_by_field_name("body")
    return [(text(read.child_by_field_name("property")), site(read)) for read in (body, *descendants(body))
            if read.type == "member_expression" and _names(read.child_by_field_name("object"), item)]


def _other_getters_path(node: Node, getters: str | None, given_by_getters: dict[str, tuple[str, ...]]
                        ) -> tuple[str, ...] | None:
    """`getters.tall` in a getter whose second parameter is `getters`: the path in the state of
    what the getter `tall` of the same options gives (_getters)."""
    if getters is None or node.type != "member_expression" or \
            not _names(node.child_by_field_name("object"), getters):
        return None
    return given_by_getters.get(getter_key(text(node.child_by_field_name("property"))))


def _names(node: Node, name: str) -> bool:
    return node.type == "identifier" and text(node) == name


def returned_state_path(function: Node) -> tuple[str, ...] | None:
    """The path in the state of what a function of the state returns (a getter, a
    `mapState({ first: (state) => state.list[0] })` entry): its one return, or its body."""
    body = function.child_by_field_name("body")
    returns = [body] if body is not None and body.type != "statement_block" else \
        [r for r in (body.named_children if body is not None else ()) if r.type == "return_statement"]
    value = returns[0] if len(returns) == 1 else None
    value = value.named_children[0] if value is not None and value.type == "return_statement" and \
        value.named_children else value
    return _state_path(value, parameter_name(function, 0)) if value is not None else None


def _state_path(node: Node, state: str | None) -> tuple[str, ...] | None:
    """The path in the state of the value an expression gives: `state.list` ("list",),
    `state.list[0]` and `state.list.find(f)` ("list", "[]"), `state.list.filter(f)` ("list",)."""
    steps: list[str] = []
    while True:
        while node.type in ("parenthesized_expression", "non_null_expression") and node.named_children:
            node = node.named_children[0]
        if node.type == "member_expression":
            steps.insert(0, text(node.child_by_field_name("property")))
            node = node.child_by_field_name("object")
        elif node.type == "subscript_expression" and node.child_by_field_name("index").type == "number":
            steps.insert(0, ITEM)
            node = node.child_by_field_name("object")
        elif node.type == "call_expression" and node.child_by_field_name("function").type == "member_expression" \
                and text(node.child_by_field_name("function").child_by_field_name("property")) in ARRAY_CALLS:
            function = node.child_by_field_name("function")
            steps[:0] = ARRAY_CALLS[text(function.child_by_field_name("property"))]
            node = function.child_by_field_name("object")
        else:
            break
    return tuple(steps) if state is not None and node.type == "identifier" and text(node) == state and \
        steps and steps[0] != ITEM else None


def store_names(root: Node) -> set[str]:
    """The names a module binds to Vuex 4's `useStore()` (imported from vuex: `const store =
    useStore()`), each the store, as a component's `this.$store` is."""
    hooks = {text(local) for module, imported, local in import_bindings(root)
             if module == PACKAGE and imported == USE_STORE}
    names = set()
    for node in descendants(root) if hooks else ():
        value = node.child_by_field_name("value") if node.type == "variable_declarator" else None
        name = node.child_by_field_name("name") if value is not None else None
        if value is not None and value.type == "call_expression" and name.type == "identifier" and \
                text(value.child_by_field_name("function")) in hooks and not call_arguments(value):
            names.add(text(name))
    return names


def module_state(export: str) -> str:
    """The ReturnDecl name of what the Vuex module a module exports as `export` keeps."""
    return f"{MODULE_STATE}{export}"


def exported_module(name: str) -> str | None:
    """The export whose Vuex module keeps a ReturnDecl named `name` (None: no such module)."""
    return name[len(MODULE_STATE):] if name.startswith(MODULE_STATE) else None


def registered_modules(root: Node, source: bytes) -> tuple[StoreModuleDecl, ...]:
    """The modules the Vuex stores made in a module (`source`) register by a name it binds
    (`modules: { boats }`, `modules: { fleet: fleetModule }`), in place or in modules written
    in place."""
    if b"modules" not in source or not STORE_MADE.search(source):
        return ()
    found = []
    for call in descendants(root):
        options = _store_options(call)
        for prefix, module in _modules(options, root, ()) if options is not None else ():
            modules = _named_object((object_pairs(module) or {}).get("modules"), root)
            for key, given in (object_pairs(modules) or {}).items() if modules is not None else ():
                if given.type in NAMES and _named_object(given, root) is None:
                    found.append(StoreModuleDecl(text(given), ".".join(prefix + (key,)), site(given)))
    return tuple(found)


def _exported_modules(root: Node) -> Iterator[tuple[str, Node]]:
    """(the export, the options) of each Vuex module's options a module exports: `export
    default {...}`, `export default boats` or `export const boats = {...}` of an object with
    mutations, actions or getters, and a state or `namespaced`."""
    for statement in root.named_children:
        if statement.type != "export_statement":
            continue
        value = statement.child_by_field_name("value")
        declaration = statement.child_by_field_name("declaration")
        exported = [("default", value)] if value is not None else [
            (text(d.child_by_field_name("name")), d.child_by_field_name("value"))
            for d in declaration.named_children if d.type == "variable_declarator"
        ] if declaration is not None and declaration.type == "lexical_declaration" else []
        for export, given in exported:
            options = _named_object(given, root) if given is not None else None
            keys = set(object_pairs(options) or ()) if options is not None else set()
            if keys & MODULE_PARTS and keys & MODULE_STATE_KEYS:
                yield export, options


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
    if node is not None and node.type in NAMES:
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
    api.get(u)` and `res.data`); or a call awaited in place (`commit('set', await api.list())`,
    `(await api.get(u)).data`)."""
    if _awaited(payload):
        call, read = called(payload)
        return (call, read) if call is not None else None
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
            given = _then_value(function, MAX_THENS)
            return (given[0], given[1] + bound + tuple(steps)) if given is not None else None
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


def _awaited(payload: Node) -> bool:
    """Whether a value is an awaited call's, or a property path of one (`(await x()).data`)."""
    node = payload
    while node.type == "member_expression":
        node = node.child_by_field_name("object")
    if node.type == "parenthesized_expression" and node.named_child_count == 1:
        node = node.named_children[0]
    return node.type == "await_expression"


def _then_value(callback: Node, levels: int) -> tuple[Node, tuple[str, ...]] | None:
    """(the call, the steps of its value) a `.then` callback is given: the call whose `.then`
    it is (`axios.get(u).then(callback)`), or a property path of the value of a `.then`
    before it that gives one (`axios.get(u).then((res) => res.data).then(callback)`)."""
    arguments = callback.parent
    then = arguments.parent if arguments is not None and arguments.type == "arguments" else None
    member = then.child_by_field_name("function") if then is not None and \
        then.type == "call_expression" else None
    if member is None or member.type != "member_expression" or \
            text(member.child_by_field_name("property")) != "then" or call_arguments(then)[:1] != [callback]:
        return None
    request = member.child_by_field_name("object")
    function = request.child_by_field_name("function") if request.type == "call_expression" else None
    if function is None:
        return None
    if function.type != "member_expression" or \
            text(function.child_by_field_name("property")) not in PROMISE_METHODS:
        return request, ()
    given = call_arguments(request)
    path = _given_path(given[0]) if levels > 1 and text(function.child_by_field_name("property")) == "then" \
        and len(given) == 1 and given[0].type == "arrow_function" else None
    before = _then_value(given[0], levels - 1) if path is not None else None
    return (before[0], before[1] + path) if before is not None else None  # `.then((r) => r.json())`: not


def _given_path(callback: Node) -> tuple[str, ...] | None:
    """The property path of its parameter an arrow function gives (`(res) => res.data`)."""
    body, name = callback.child_by_field_name("body"), parameter_name(callback, 0)
    while body is not None and body.type == "parenthesized_expression" and body.named_child_count == 1:
        body = body.named_children[0]
    steps: list[str] = []
    while body is not None and body.type == "member_expression":
        steps.insert(0, text(body.child_by_field_name("property")))
        body = body.child_by_field_name("object")
    return tuple(steps) if body is not None and body.type == "identifier" and name and text(body) == name \
        else None


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
