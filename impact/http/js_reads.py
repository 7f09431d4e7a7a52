"""What a JavaScript/TypeScript module reads from the values its calls resolve to.

For each call whose result is awaited or `.then`-ed (`await fetch(...)`, `api.get(...).then`,
`await getMessages(id)`), the property reads of the values that flow from it, each as a
path of steps from the result: `const r = await fetch(u); const d = await r.json(); d.x` reads
("json()", "x"); `const { data } = await api.get(u)` reads ("data",); `items.map((m) => m.x)`
adds an item step ("[]"). The flow is followed only where it is explicit: a `const` (never
reassigned, not shadowed), destructuring, `.then` callbacks, array callbacks and `for ... of`;
a value passed to a function, stored, spread or reassigned is not followed further. Which call
is a request, and which steps reach the response body, is decided with the whole revision
in view (impact.http.reads). Also: module-level functions that return such a value
(`return r.json()`), the one-level wrappers whose callers' reads count as reads of the
request inside them.

In a component (impact.lang.components) the template reads what the script binds at the top:
a `const` holding the value (`const task = await getTask(id)` in `<script setup>`), a Vue
ref set to it (`task.value = await getTask(id)` where `const task = ref(...)`), a Svelte
top-level `let` assigned it (`order = await refundOrder(id)`): `{{ task.title }}` and
`{order.total}` are reads of the value, and the items of a loop over it (`v-for="t in
tasks"`, `{#each tasks as t}`) reads of its items. A name the template binds itself (a loop
item, a slot prop, an arrow function's parameter) is not followed into the template. A Vue
ref's `task.value.x` in the script, wherever the module declares the ref at its top, reads the
value too. A ref a function declares and returns in an object (a pinia store's setup: `const
tasks = ref([])`, `tasks.value = await fetchTasks()`, `return { tasks }`) keeps the value under
that key of what the function returns, and so does `this.tasks = value` in an action of a
pinia options store, and `set({ tasks })` in a zustand store (`create((set) => ...)`);
`const store = useTasksStore()` reads it as `store.tasks`, `useTaskStore((s) => s.tasks)` as
what it is. A module-level hook that returns an SWR or React Query hook's result as it is
(`function useMe() { return useQuery(...) }`) keeps it: `const { data } = useMe()` reads the
fetcher's value. A value handed to a component's prop (a React element's `task={t}`, Vue's
`:task="t"`, Svelte's `task={t}`) is read where the component reads that prop.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property

from tree_sitter import Node

from impact.http import (
    angular,
    js_classes,
    js_hooks,
    js_tables,
    lit,
    mobx,
    react_router,
    redux,
    rtk_query,
    vue_options,
    vuex,
    xhr,
)
from impact.http.js_functions import parameter
from impact.http.js_literals import object_pairs, string_value
from impact.lang.components import Loop, PropBinding
from impact.lang.treesitter import (
    ancestor,
    awaited_in_callee,
    call_arguments,
    called_function,
    descendants,
    site,
    text,
)
from impact.model import ComponentReadsDecl, PropPass, ReadDecl, ReturnDecl, Site, UseDecl

JSON = "json()"
ITEM = "[]"
ACCESSOR = "()"  # a SolidJS accessor holds the value: calling it gives the value
SOLID_RESOURCE = "createResource"  # `const [data] = createResource(fetcher)`: `data()` is its value
# what the render function's first parameter is of a SolidJS loop's `each`: an item
# (`<For>`), an accessor of one (`<Index>`)
SOLID_LOOPS = {"For": (ITEM,), "Index": (ITEM, ACCESSOR)}
TABLE_DATA, COLUMNS = "data", "columns"  # `<DataTable columns={columns} data={rows} />`
STORE_DEFINER = "defineStore"  # pinia
VUEX_MAP = "mapState"  # Vuex: `...mapState(['tasks'])` in a component's `computed`
STORE_REFS = "storeToRefs"  # pinia: `const { tasks } = storeToRefs(store)`, a ref of each key
VUE_COMPUTED = "computed"  # Vue: `computed(() => ...)`, a ref of what the getter returns
FIELDS = ("public_field_definition", "field_definition")  # a class's field declared with a value
SVELTE_STATE = ("$state", "$state.raw")  # Svelte 5: `let kiln = $state(data.kiln)`: what it is given first
SVELTE_DERIVED, SVELTE_DERIVED_BY = "$derived", "$derived.by"  # Svelte 5 runes: the value, the getter's
STORE_CREATORS = {"create", "createStore"}  # zustand: the store's state is what `set` is given
STORE_HOOK = re.compile(r"use[A-Z$_][\w$]*Store")  # the convention for a store's hook
CUSTOM_HOOK = re.compile(r"use[A-Z$_][\w$]*")  # React's convention for a hook
# React's and Vue's own hooks and composables: no flow starts from them
REACT_HOOKS = {"useState", "useRef", "useEffect", "useLayoutEffect", "useMemo", "useCallback",
               "useContext", "useReducer", "useId", "useTransition", "useDeferredValue",
               "useSyncExternalStore", "useImperativeHandle", "useRoute", "useRouter",
               "useNavigate", "useParams", "useSearchParams", "useLocation"}
PAGE_DATA = "(page data)"  # the callee of what a SvelteKit page reads of its load function's data
ITEM_CALLBACKS = {"map", "forEach", "filter", "find", "findLast", "some", "every", "flatMap",
                  "findIndex"}
FOLDS = {"reduce", "reduceRight"}  # `(sum, item) => ...`: the callback's second parameter is an item
SAME_LIST = {"filter", "slice", "sort", "reverse", "toSorted", "toReversed"}
ITEM_RESULT = {"find", "findLast", "at"}
SUBSCRIBE = "subscribe"  # RxJS: `obs.subscribe((value) => ...)`, `.subscribe({ next })`
NOT_SOURCES = {"then", "json", "catch", "finally", SUBSCRIBE, *ITEM_CALLBACKS, *FOLDS, *SAME_LIST,
               *ITEM_RESULT}
TRANSPARENT = {"parenthesized_expression", "as_expression", "non_null_expression",
               "satisfies_expression", "type_assertion"}
FUNCTIONS = {"arrow_function", "function_expression", "function_declaration", "function",
             "generator_function", "generator_function_declaration", "method_definition"}
BLOCKS = {"statement_block", "program", "switch_body"}
BINDING_PARENTS = {"formal_parameters", "required_parameter", "optional_parameter",
                   "update_expression", "catch_clause", "array_pattern",
                   "pair_pattern", "rest_pattern", "function_declaration", "function_expression",
                   "class_declaration", "class", "import_specifier", "namespace_import",
                   "import_clause"}
STATE_HOOKS = ("useState", "React.useState")
VUE_REFS = ("ref", "shallowRef")
MAX_STEPS = 6
MAX_DEPTH = 16


@dataclass(frozen=True)
class TemplateView:
    """A component's template expressions, parsed (impact.lang.components.Template):
    their identifiers, loops, and the names the template binds itself."""

    identifiers: list[Node] = field(default_factory=list)
    loops: tuple[Loop, ...] = ()
    bound: tuple[str, ...] = ()
    assigned_lets: bool = False  # Svelte: a top-level `let` assigned a value shows it
    props: tuple[PropBinding, ...] = ()  # Vue: expressions handed to components' props
    options: bool = False  # Vue's Options API: only its options give the template names


def extract(calls: list[Node], identifiers: list[Node], functions: dict[int, str],
            template: TemplateView | None = None, from_packages: frozenset[str] = frozenset(),
            route_data: dict[str, str] | None = None
            ) -> tuple[tuple[UseDecl, ...], tuple[ReturnDecl, ...]]:
    """`functions`: module-level function nodes (by id) and their names; `template`: a
    component's template; `from_packages`: names imported from packages, whose hooks are no
    app's own (`useTranslation`, `useForm`): no flow starts from their calls; `route_data`:
    the hooks that give a route module's data, and the function whose value each gives
    (impact.http.react_router)."""
    flows = _Flows(identifiers, template or TemplateView(),
                   frozenset(SOLID_LOOPS).intersection(from_packages))
    uses, returns = [], []
    for call in calls:
        hook_name = text(call.child_by_field_name("function"))
        given = route_data.get(hook_name) if route_data else None
        if given is not None:  # `useLoaderData()`: what the module's `loader` returns
            flows.start()
            flows.track(call, (), 0)
            reads, props = tuple(flows.reads), tuple(flows.props)
            if hook_name in react_router.UNDER:  # `fetcher.data`
                reads = reads_under(reads, react_router.UNDER[hook_name])
                props = props_under(props, react_router.UNDER[hook_name])
            if reads or props:
                uses.append(UseDecl(given, site(call), reads, props))
            continue
        hook = js_hooks.hook_call(call) if js_hooks.hook_name(call) else None
        factory = js_hooks.options_factory(call) if hook is not None else None
        if factory is not None:
            uses.extend(_factory_hook_use(flows, functions, call, factory))
            returns += _factory_hook_returned(flows, functions, call)
            continue
        options = js_hooks.factory_options(call) if hook is None else None
        if options is not None:
            found = _options_of_factory(flows, functions, call, options)
            uses += found[0]
            returns += found[1]
            continue
        if hook is not None:
            uses.extend(_hook_use(flows, call, hook))
            returns += _custom_hook(flows, functions, call, hook)
            continue
        if SOLID_RESOURCE in from_packages and text(call.child_by_field_name("function")) == SOLID_RESOURCE:
            uses.extend(_resource_use(flows, call))
            continue
        if redux.is_selector(call):  # `useSelector((s) => s.orders.items)`: the store's state
            selected = redux.selection(call)
            if selected is not None:
                flows.start()
                flows.track(call, selected, 0)
                if flows.reads or flows.props:
                    uses.append(UseDecl(redux.STATE, site(call), tuple(flows.reads), tuple(flows.props)))
            continue
        selector = rtk_query.result_selector(call) if _calls_own_hook(call) else None
        if selector is not None:  # `useGetXQuery(arg, { selectFromResult })`
            uses.extend(_selected_use(flows, call, selector))
            continue
        opened = xhr.parsed_response(call)
        if opened is not None:  # `JSON.parse(xhr.responseText)`: the body `xhr.open(...)` asks for
            flows.start()
            flows.track(call, (), 0)
            if flows.reads or flows.props:
                uses.append(UseDecl(xhr.CALLEE, site(opened), tuple(flows.reads), tuple(flows.props)))
            promised_by = functions.get(getattr(xhr.promised_by(call), "id", None))
            if promised_by is not None:  # `resolve(JSON.parse(...))` in the Promise a function returns
                returns.append(ReturnDecl(promised_by, site(opened), ()))
            continue
        if not is_source(call):
            continue
        callee = text(called_function(call))
        if callee in from_packages and CUSTOM_HOOK.fullmatch(callee):
            continue
        start = store_selection(call) if STORE_HOOK.fullmatch(callee) else ()
        if start is None:
            continue  # a store hook with a selector it cannot read
        flows.start()
        flows.track(call, start, 0)
        under_keys = _returned_under_keys(flows, functions, call)
        owner = ancestor(call, FUNCTIONS)
        name = functions.get(owner.id) if owner is not None else None
        returned = flows.returned.get(owner.id, []) if owner is not None else []
        returned_once = name is not None and len(set(returned)) == 1
        # kept or returned: what reads it is the keeper's user (a route's `action` returning
        # `restockPlant(...)`: what the route's component reads of the action's value)
        if flows.reads or flows.props or under_keys or returned_once and name in react_router.ROUTE_FUNCTIONS:
            uses.append(UseDecl(callee, site(call), tuple(flows.reads), tuple(flows.props)))
        if returned_once:
            returns.append(ReturnDecl(name, site(call), returned[0]))
        returns += under_keys
    return merged(uses), tuple(returns)


def _calls_own_hook(call: Node) -> bool:
    function = call.child_by_field_name("function")
    return function is not None and function.type == "identifier" and \
        CUSTOM_HOOK.fullmatch(text(function)) is not None and text(function) not in REACT_HOOKS


def _selected_use(flows: _Flows, call: Node, selector: Node) -> list[UseDecl]:
    """What a hook call reads of its result through the object its `selectFromResult` makes
    of it: the selector's own reads, and the call's reads of each key the selector gives one
    value of the result (`vehicle: data?.find(...)`), as reads of that value."""
    flows.start()
    flows._bind(_first_parameter(selector), (), _body_range(selector), 0)
    own, kept = list(flows.reads), defaultdict(set)
    for key, steps in flows.keyed.get(selector.id, ()):
        kept[key].add(steps)
    given = {key: next(iter(steps)) for key, steps in kept.items() if len(steps) == 1}
    flows.start()
    flows.track(call, (), 0)
    reads = own + [ReadDecl(given[r.steps[0]] + r.steps[1:], r.site) for r in flows.reads
                   if r.steps and r.steps[0] in given]
    props = [PropPass(p.component, p.prop, given[p.steps[0]] + p.steps[1:]) for p in flows.props
             if p.steps and p.steps[0] in given]
    callee = text(call.child_by_field_name("function"))
    return [UseDecl(callee, site(call), tuple(reads), tuple(props))] if reads or props else []


def merged(uses: list[UseDecl]) -> tuple[UseDecl, ...]:
    """One use per call site: a hook's reads of an inline fetcher's call join that call's own."""
    by_site: dict[tuple[str, Site], UseDecl] = {}
    for use in uses:
        known = by_site.get((use.callee, use.site))
        by_site[(use.callee, use.site)] = use if known is None else \
            UseDecl(use.callee, use.site, known.reads + use.reads, known.props + use.props)
    return tuple(by_site.values())


def _returned_under_keys(flows: _Flows, functions: dict[int, str], call: Node) -> list[ReturnDecl]:
    """A module-level function returning an object one of whose keys holds the value, for
    each key that holds one value of the call."""
    found = []
    for owner, keyed in flows.keyed.items():
        name = functions.get(owner)
        if name is None:
            continue
        by_key: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        for key, steps in keyed:
            by_key[key].add(steps)
        found += [ReturnDecl(name, site(call), next(iter(steps)), key)
                  for key, steps in sorted(by_key.items()) if len(steps) == 1]
    return found


def component_reads(identifiers: list[Node], functions: list[tuple[str, Node]]
                    ) -> tuple[ComponentReadsDecl, ...]:
    """What each module-level function component (`functions`: those with a capitalised name
    and JSX) reads of its props, destructured in its parameter (`function TaskRow({ task })`)
    or through it (`props.task`)."""
    flows = _Flows(identifiers, TemplateView())
    found = []
    for name, function in functions:
        parameter = _first_parameter(function)
        if parameter is not None and parameter.type in ("required_parameter", "optional_parameter"):
            parameter = parameter.child_by_field_name("pattern")
        if parameter is None or parameter.type not in ("object_pattern", "identifier"):
            continue
        flows.start()
        flows._bind(parameter, (), _body_range(function), 0)
        found += _component(name, function, flows)
    return tuple(found)


def _component(name: str, at: Node, flows: _Flows) -> tuple[ComponentReadsDecl, ...]:
    """What a component's flows from its props read and hand on (nothing: no component)."""
    reads = tuple(r for r in flows.reads if len(r.steps) > 1)
    props = tuple(p for p in flows.props if p.steps)
    return (ComponentReadsDecl(name, site(at), reads, props),) if reads or props else ()


VUE_DEFAULT = "default"  # the name a Vue or Svelte component's reads of its props are kept under


def vue_component_reads(identifiers: list[Node], template: TemplateView, root: Node
                        ) -> tuple[ComponentReadsDecl, ...]:
    """What a Vue `<script setup>` component reads of the props `defineProps` declares:
    through `const props = defineProps(...)` (or a destructuring of it) in the script, and by
    their names in the template."""
    declared = _define_props(root)
    if declared is None:
        return ()
    call, names = declared
    flows = _Flows(identifiers, template)
    flows.start()
    declarator = call.parent
    if declarator is not None and declarator.type == "variable_declarator" and \
            declarator.child_by_field_name("value") == call:
        flows._bind(declarator.child_by_field_name("name"), (), _declared_scope(declarator), 0)
    for name in names:
        flows._follow_in_template(name, (name,), 0, by_options=True)
    return _component(VUE_DEFAULT, call, flows)


def angular_component_reads(identifiers: list[Node], template: TemplateView | None, root: Node
                            ) -> tuple[ComponentReadsDecl, ...]:
    """What each Angular component class of the module reads of its inputs (impact.http.angular
    `inputs`): by their fields' names in its inline template, and as `this.berth` in its class
    (kept under the class's name, each read under the input's name; a signal input's value is
    what calling the field gives, `tool()`)."""
    found: tuple[ComponentReadsDecl, ...] = ()
    for statement in root.named_children:
        node = statement.child_by_field_name("declaration") if statement.type == "export_statement" else None
        if node is None or node.type != "class_declaration" or b"@Component(" not in (statement.text or b""):
            continue
        inputs = {name: (prop, ACCESSOR) if signal else (prop,)
                  for name, (prop, signal) in angular.inputs(node).items()}
        if not inputs:
            continue
        flows = _Flows(identifiers, template or TemplateView(options=True))
        flows.start()
        for name, steps in inputs.items():
            flows._follow_in_template(name, steps, 0, by_options=True)
        for member in descendants(node.child_by_field_name("body")):
            if member.type == "member_expression" and text(member.child_by_field_name("object")) == "this" and \
                    text(member.child_by_field_name("property")) in inputs:
                flows.track(member, inputs[text(member.child_by_field_name("property"))], 0)
        found += _component(text(node.child_by_field_name("name")), node, flows)
    return found


def vuex_uses(identifiers: list[Node], template: TemplateView, root: Node) -> tuple[UseDecl, ...]:
    """What a Vue component reads of its Vuex store's state (impact.http.vuex): through
    `this.$store.state` in its script, `store.state` of `const store = useStore()`, its
    getters' values (`this.$store.getters['board/first']`), `$store.state` in its template, and the names its
    `computed` maps the state's keys to (`...mapState(['tasks'])`, `...mapState('board',
    ['items'])`, `...mapState({ list: 'tasks' })`) and its getters to (`...mapGetters('board',
    ['first'])`), in its template and as `this.tasks`; and
    of a pinia store's, the names `...mapState(useTasksStore, ['tasks'])` maps (a use of
    the store's hook, as `useTasksStore().tasks`)."""
    flows = _Flows(identifiers, template)
    states, maps = [], defaultdict(list)
    stores = {"this.$store"} | vuex.store_names(root)
    getters = []  # (`store.getters.x` / `store.getters['ns/x']`, the steps of its value in the state)
    for node in descendants(root):
        if node.type == "member_expression" and text(node.child_by_field_name("property")) == "state" \
                and text(node.child_by_field_name("object")) in stores:
            states.append(node)
        elif node.type == "member_expression" and text(node.child_by_field_name("property")) == "getters" \
                and text(node.child_by_field_name("object")) in stores:
            getter = _getter_read(node)
            getters += [getter] if getter is not None else []
        elif node.type == "call_expression" and text(node.child_by_field_name("function")) == VUEX_MAP:
            store, mapped = _mapped_state(node)
            maps[store] += [(node, name, steps) for name, steps in mapped]
        elif node.type == "call_expression" and text(node.child_by_field_name("function")) == vuex.MAP_GETTERS:
            store, mapped = _mapped_state(node)  # a getter's value: kept under its own key
            maps[redux.STATE] += [(node, name, found) for name, steps in mapped
                                  if store == redux.STATE and (found := vuex.getter_steps(steps))]
    for use in flows.in_template.get("$store", ()):
        member = use.parent
        if member is not None and member.type == "member_expression" and \
                member.child_by_field_name("object") == use and \
                text(member.child_by_field_name("property")) == "state":
            states.append(member)
    uses = []
    for store in sorted({redux.STATE, *maps}):
        flows.start()
        for node in states if store == redux.STATE else ():
            flows.track(node, (), 0)
        for node, steps in getters if store == redux.STATE else ():
            flows.track(node, steps, 0)
        for call, name, steps in maps.get(store, ()):
            _follow_mapped(flows, call, name, steps)
        if flows.reads or flows.props:
            uses.append(UseDecl(store, site(root), tuple(flows.reads), tuple(flows.props)))
    return tuple(uses)


def _getter_read(getters: Node) -> tuple[Node, tuple[str, ...]] | None:
    """(the read, the steps of its value in the store's state) of a Vuex getter read from a
    store's `getters` (`store.getters.first`, `store.getters['board/first']`)."""
    read = getters.parent
    if read is None or read.child_by_field_name("object") != getters:
        return None
    if read.type == "member_expression":
        name = text(read.child_by_field_name("property"))
    elif read.type == "subscript_expression" and read.child_by_field_name("index").type == "string":
        name = string_value(read.child_by_field_name("index"))
    else:
        return None
    steps = vuex.getter_steps((name,)) if name else ()
    return (read, steps) if steps else None


def _mapped_state(call: Node) -> tuple[str, list[tuple[str, tuple[str, ...]]]]:
    """The store (impact.http.redux.STATE for Vuex's, the hook of a pinia store's) and (the
    computed name, the steps from the store's state) of each key `mapState` maps, in a
    component's `computed` (`...mapState(...)`); none where the map is not a literal."""
    pair = _computed_pair(call)
    if pair is None:
        return "", []
    given = call_arguments(call)
    pinia = len(given) == 2 and given[0].type == "identifier" and STORE_HOOK.fullmatch(text(given[0]))
    namespace = string_value(given[0]) if len(given) == 2 and not pinia else ""
    if namespace is None or not given:
        return "", []
    prefix = tuple(namespace.strip("/").split("/")) if namespace else ()
    mapped = given[-1]
    store = text(given[0]) if pinia else redux.STATE
    if mapped.type == "array":
        names = [string_value(n) for n in mapped.named_children]
        return store, [(n, prefix + (n,)) for n in names if n]
    pairs = object_pairs(mapped) or {}
    return store, [(name, prefix + path) for name, value in pairs.items()
                   if (path := _mapped_path(value))]


def _mapped_path(value: Node) -> tuple[str, ...] | None:
    """The path in the state of what an entry of `mapState({...})` maps: a key (`'tasks'`), or
    a function of the state that gives part of it (`(state) => state.tasks[0]`)."""
    if value.type in ("arrow_function", "function_expression", "function"):
        return vuex.returned_state_path(value)
    key = string_value(value)
    return (key,) if key else None


def _computed_pair(call: Node) -> Node | None:
    """The `computed: ...` entry of a component's options a call gives the entries of
    (`computed: { ...mapState(...) }`) or is (`computed: mapState(...)`)."""
    pair = _outer(call).parent
    if pair is not None and pair.type == "spread_element":
        computed = pair.parent
        pair = computed.parent if computed is not None and computed.type == "object" else None
    return pair if pair is not None and pair.type == "pair" and \
        text(pair.child_by_field_name("key")) == "computed" else None


def _follow_mapped(flows: _Flows, call: Node, name: str, steps: tuple[str, ...]) -> None:
    """A computed property that is the store's state at `steps`: its template's uses, the
    `this.name` of the component's methods and computed properties."""
    flows._follow_in_template(name, steps, 0, by_options=True)
    component = _computed_pair(call).parent
    if component is None or component.type != "object":
        return
    functions = [f for f in component.named_children if f.type == "method_definition"]
    for group in ("methods", "watch"):
        functions += [f for _name, f in _functions_under(component, group)]
    for function in functions:
        for member in lit.this_members(function, name):
            flows.track(member, steps, 1)
    flows._options_computed(component, name, steps, 0)


def custom_element_reads(identifiers: list[Node], root: Node) -> tuple[ComponentReadsDecl, ...]:
    """What each class registered as a custom element reads of its properties (`this.crossing.
    port`), kept under its tag (impact.http.lit)."""
    flows = _Flows(identifiers, TemplateView())
    found = []
    for tag, cls in lit.custom_elements(root):
        flows.start()
        for member in lit.this_members(cls):
            flows.track(member, (lit.member_name(member),), 1)
        found += _component(tag, cls, flows)
    return tuple(found)


def svelte_component_reads(identifiers: list[Node], template: TemplateView, root: Node
                           ) -> tuple[ComponentReadsDecl, ...]:
    """What a Svelte component reads of its props: `export let task` (Svelte 4) or `let {
    task } = $props()` (Svelte 5), read in the script and by name in the markup."""
    props = _svelte_props(root)
    if not props:
        return ()
    flows = _Flows(identifiers, template)
    flows.start()
    for name, declared in props:
        uses = [n for n in flows.by_name.get(name, ()) if n != declared and not _in_type(n)]
        if any(_binds(n) for n in uses):
            continue  # given another value in the script
        for use in uses:
            flows.track(use, (name,), 1)
        flows._follow_in_template(name, (name,), 0)
    return _component(VUE_DEFAULT, props[0][1], flows)


def _svelte_props(root: Node) -> list[tuple[str, Node]]:
    """(prop, where it is declared) of a Svelte component's top-level `export let` names and
    `let { ... } = $props()` entries."""
    found = []
    for statement in root.named_children:
        declaration = statement.child_by_field_name("declaration") \
            if statement.type == "export_statement" else statement
        if declaration is None or declaration.type != "lexical_declaration" or \
                not text(declaration).startswith("let"):
            continue
        for declarator in declaration.named_children:
            name = declarator.child_by_field_name("name")
            value = declarator.child_by_field_name("value")
            if statement.type == "export_statement" and name is not None and name.type == "identifier":
                found.append((text(name), name))
            elif name is not None and name.type == "object_pattern" and value is not None and \
                    value.type == "call_expression" and \
                    text(value.child_by_field_name("function")) == "$props":
                for child in name.named_children:
                    key, target = _pattern_entry(child)
                    if key is not None and target is None:
                        found.append((text(key), key))
    return found


def _define_props(root: Node) -> tuple[Node, list[str]] | None:
    """The top-level `defineProps(...)` call and the props it declares, by its type argument
    (`defineProps<{ task: Task }>()`), its object (`{ task: Object }`) or its array; else the
    `props` of the component's options (`export default defineComponent({ props: {...} })`)."""
    declared = vue_options.declared_props(root)
    if declared is not None:
        return declared
    for statement in root.named_children:
        if statement.type == "lexical_declaration":
            values = [d.child_by_field_name("value") for d in statement.named_children]
        else:
            values = statement.named_children[:1] if statement.type == "expression_statement" else []
        for value in values:
            if value is not None and value.type == "call_expression" and \
                    text(value.child_by_field_name("function")) == "defineProps":
                return value, _declared_props(value)
    return None


def _declared_props(call: Node) -> list[str]:
    names = []
    arguments = call.child_by_field_name("type_arguments")
    literal = arguments.named_children[0] if arguments is not None and arguments.named_children \
        else None
    for member in literal.named_children if literal is not None and literal.type == "object_type" else ():
        name = member.child_by_field_name("name") if member.type == "property_signature" else None
        if name is not None and name.type == "property_identifier":
            names.append(text(name))
    args = call.child_by_field_name("arguments")
    first = args.named_children[0] if args is not None and args.named_children else None
    if first is not None and first.type == "object":
        names += [text(k) for pair in first.named_children if pair.type == "pair"
                  and (k := pair.child_by_field_name("key")) is not None
                  and k.type == "property_identifier"]
    elif first is not None and first.type == "array":
        names += [text(e.named_children[0]) for e in first.named_children
                  if e.type == "string" and e.named_children]
    return names


def imported_uses(identifiers: list[Node], template: TemplateView | None, bindings: list[Node]
                  ) -> tuple[UseDecl, ...]:
    """What a module reads of each name it imports (a MobX store instance: `orderStore.orders`),
    a use of that name at its import."""
    flows = _Flows(identifiers, template or TemplateView())
    found = []
    for binding in bindings:
        flows.start()
        flows.follow_binding(binding)
        if flows.reads or flows.props:
            found.append(UseDecl(text(binding), site(binding), tuple(flows.reads), tuple(flows.props)))
    return tuple(found)


def page_data_use(identifiers: list[Node], template: TemplateView | None, root: Node
                  ) -> UseDecl | None:
    """What a SvelteKit page (`+page.svelte`) reads of the `data` its load function returns:
    `export let data` (Svelte 4) or `let { data } = $props()` (Svelte 5), in the script and
    in the template; each read's first step is a key of the object `load` returns."""
    binding = _page_data_binding(root)
    if binding is None:
        return None
    flows = _Flows(identifiers, template or TemplateView())
    flows.start()
    flows.follow_binding(binding)
    return UseDecl(PAGE_DATA, site(binding), tuple(flows.reads)) if flows.reads else None


def _page_data_binding(root: Node) -> Node | None:
    """The node that binds a page's `data` at the top of its script."""
    for statement in root.named_children:
        exported = statement.type == "export_statement"
        declaration = statement.child_by_field_name("declaration") if exported else statement
        if declaration is None or declaration.type != "lexical_declaration":
            continue
        for declarator in declaration.named_children:
            if declarator.type != "variable_declarator":
                continue
            name, value = declarator.child_by_field_name("name"), \
                declarator.child_by_field_name("value")
            if exported and name is not None and name.type == "identifier" and text(name) == "data":
                return name
            if not exported and name is not None and name.type == "object_pattern" and \
                    value is not None and value.type == "call_expression" and \
                    text(value.child_by_field_name("function")) == "$props":
                return next((entry for entry in name.named_children
                             if entry.type == "shorthand_property_identifier_pattern" and
                             text(entry) == "data"), None)
    return None


def _custom_hook(flows: _Flows, functions: dict[int, str], call: Node, hook: js_hooks.HookCall
                 ) -> list[ReturnDecl]:
    """A hook of the app's own (a module-level `use...` function, as most apps wrap each
    query) that returns an SWR or React Query hook's result as it is (`function useTasks() {
    return useQuery({ queryKey, queryFn: listTasks }) }`: its callers' `data` is the
    fetcher's), its `data` (`return data`: what its callers get), or the `data` under a key
    of an object (`const { data: user } = useQuery(...); return { user }`: its callers'
    `user`)."""
    owner = ancestor(call, FUNCTIONS)
    name = functions.get(owner.id) if owner is not None else None
    if name is None or not CUSTOM_HOOK.fullmatch(name) or hook.selected:
        return []
    read = js_hooks.fetcher_reference(hook)[1]  # the hook's `data`, of the fetcher's call
    returned = flows.returned.get(owner.id)
    kept = [(js_hooks.DATA, ())] if returned == [()] else \
        [("", ())] if returned == [(js_hooks.DATA,)] else []  # `return data`: the value itself
    by_key: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for key, steps in flows.keyed.get(owner.id, ()):
        by_key[key].add(steps)
    kept += [(key, next(iter(steps))[1:]) for key, steps in sorted(by_key.items())
             if len(steps) == 1 and next(iter(steps))[:1] == (js_hooks.DATA,)]
    # the value is the hook's fetcher's (a use at the hook's site), or the call an inline
    # fetcher makes (a request itself, a generated client's: its own site)
    inline = js_hooks.inline_fetcher_call(hook)
    sites = [site(call)] + ([site(inline)] if inline is not None else [])
    return [ReturnDecl(name, at, read + steps, key) for at in sites for key, steps in kept]


def _options_of_factory(flows: _Flows, functions: dict[int, str], call: Node,
                        options: js_hooks.HookCall) -> tuple[list[UseDecl], list[ReturnDecl]]:
    """A module-level function that returns TanStack Query's `queryOptions({ queryKey,
    queryFn })` as it is (`export const recipeQuery = (id) => queryOptions({...})`): a hook
    given its options (`useQuery(recipeQuery(id))`, in another module) has the fetcher's value
    as its `data`, kept here as what the factory's result holds under that key."""
    owner = ancestor(call, FUNCTIONS)
    name = functions.get(owner.id) if owner is not None else None
    if name is None or options.selected:
        return [], []
    flows.start()
    flows.track(call, (), 0)
    if flows.returned.get(owner.id) != [()]:
        return [], []
    named, read = js_hooks.fetcher_reference(options)
    if not named:
        return [], []
    inline = js_hooks.inline_fetcher_call(options)
    at = site(inline) if inline is not None else site(call)
    return [UseDecl(named, at, (), ())], [ReturnDecl(name, at, read, js_hooks.DATA)]


def _factory_hook_use(flows: _Flows, functions: dict[int, str], call: Node, factory: str
                      ) -> list[UseDecl]:
    """What is read from a React Query hook given the options an imported factory makes
    (`const { data } = useQuery(recipeQuery(id))`): reads of the factory's value, whose `data`
    is its fetcher's (`_options_of_factory`)."""
    flows.start()
    flows.track(call, (), 0)
    owner = ancestor(call, FUNCTIONS)
    kept = owner is not None and functions.get(owner.id) is not None and \
        flows.returned.get(owner.id) == [()]
    if not (flows.reads or flows.props or kept):
        return []
    return [UseDecl(factory, site(call), tuple(flows.reads), tuple(flows.props))]


def _factory_hook_returned(flows: _Flows, functions: dict[int, str], call: Node) -> list[ReturnDecl]:
    """A hook of the app's own that returns such a hook's result as it is (`function
    useRecipe(id) { return useQuery(recipeQuery(id)) }`): its callers get what the factory's
    hook gives (`flows` as `_factory_hook_use` left them)."""
    owner = ancestor(call, FUNCTIONS)
    name = functions.get(owner.id) if owner is not None else None
    if name is None or not CUSTOM_HOOK.fullmatch(name) or flows.returned.get(owner.id) != [()]:
        return []
    return [ReturnDecl(name, site(call), (), "")]


def _hook_use(flows: _Flows, call: Node, hook: js_hooks.HookCall) -> list[UseDecl]:
    """What is read from an SWR or React Query hook's `data` (`const { data } = useSWR(...)`,
    `const { data: user } = useQuery(...)`), as reads of what its fetcher returns: a use of
    the fetcher when it is named, else of the hook. None when React Query's `select`
    transforms `data`."""
    flows.start()
    if hook.selected:
        return []
    flows.track(call, (), 0)
    if hook.on_success is not None:  # `onSuccess: (parcel) => ...`: called with the `data`
        flows._bind(_first_parameter(hook.on_success), (js_hooks.DATA,), _body_range(hook.on_success), 0)
    named, read = js_hooks.fetcher_reference(hook)  # `data` is `read` of `named`'s value
    reads = tuple(ReadDecl(read + r.steps, r.site) for r in reads_under(flows.reads, js_hooks.DATA))
    props = tuple(PropPass(p.component, p.prop, read + p.steps)
                  for p in props_under(flows.props, js_hooks.DATA))
    callee = named or text(call.child_by_field_name("function"))
    inline = js_hooks.inline_fetcher_call(hook)  # a request itself (a generated client's):
    at = site(inline) if inline is not None else site(call)  # what is read is read there
    owner = ancestor(call, FUNCTIONS)
    kept = owner is not None and (flows.returned.get(owner.id) in ([()], [(js_hooks.DATA,)]) or
                                  bool(flows.keyed.get(owner.id)))
    return [UseDecl(callee, at, reads, props)] if reads or props or kept else []


def _resource_use(flows: _Flows, call: Node) -> list[UseDecl]:
    """`const [workshops] = createResource(fetchWorkshops)` (or `createResource(source,
    fetcher)`, SolidJS): what `workshops()` is read for, as reads of what the fetcher returns."""
    declarator = call.parent
    args = call_arguments(call)
    pattern = declarator.child_by_field_name("name") if declarator is not None and \
        declarator.type == "variable_declarator" else None
    if pattern is None or pattern.type != "array_pattern" or not args or len(args) > 3:
        return []
    items = [c for c in pattern.named_children if c.type != "comment"]
    fetcher = args[1] if len(args) > 1 and args[1].type in ("identifier", "member_expression", *FUNCTIONS) \
        else args[0]
    named, read = js_hooks.fetcher_reference(js_hooks.HookCall(False, None, fetcher, False, mutation=True))
    if not named or not items or items[0].type != "identifier":
        return []
    flows.start()
    flows._follow(text(items[0]), (ACCESSOR,), _declared_scope(declarator), 0)
    reads = tuple(ReadDecl(read + r.steps, r.site) for r in flows.reads)
    props = tuple(PropPass(p.component, p.prop, read + p.steps) for p in flows.props)
    return [UseDecl(named, site(call), reads, props)] if reads or props else []


def store_setup(value: Node) -> Node | None:
    """What defines a pinia store's state: the setup function of `defineStore('tasks', () =>
    {...})`, whose returned object is the state (a ref it returns is read as the store's
    key), or the options of `defineStore('tasks', { state, actions })`, whose actions set it
    (`this.tasks = ...`)."""
    if value.type != "call_expression":
        return None
    function = value.child_by_field_name("function")
    named = call_arguments(value)
    if text(function).rsplit(".", 1)[-1] == STORE_DEFINER:
        return named[-1] if named and (named[-1].type in FUNCTIONS or named[-1].type == "object") \
            else None
    if function.type == "call_expression":  # zustand's `create<State>()((set) => ...)`
        function = function.child_by_field_name("function")
    if function is not None and function.type == "identifier" and text(function) in \
            STORE_CREATORS and len(named) == 1 and named[0].type in FUNCTIONS:
        return named[0]  # zustand: `create((set) => ({ tasks: [], load: ... }))`
    return None


def store_actions(setup: Node, store: str) -> dict[int, str]:
    """The functions a pinia store's setup function declares at its top (`async function
    borrow(input) {...}`, `const borrow = async (input) => {...}`), by id, named
    `<store>.<function>`: what one returns is what `await store.borrow(...)` gives."""
    return {function.id: f"{store}.{name}" for name, function in setup_functions(setup)}


def setup_functions(setup: Node) -> list[tuple[str, Node]]:
    """The functions a pinia store's setup function declares at its top, by name."""
    body = setup.child_by_field_name("body") if setup.type in FUNCTIONS else None
    found = []
    for statement in body.named_children if body is not None and body.type == "statement_block" else ():
        if statement.type == "function_declaration":
            found.append((text(statement.child_by_field_name("name")), statement))
        elif statement.type == "lexical_declaration":
            for declarator in statement.named_children:
                value = declarator.child_by_field_name("value")
                name = declarator.child_by_field_name("name")
                if value is not None and value.type in FUNCTIONS and name is not None and \
                        name.type == "identifier":
                    found.append((text(name), value))
    return found


def with_stores_named(uses: tuple[UseDecl, ...], calls: list[Node]) -> tuple[UseDecl, ...]:
    """Each use of `store.borrow()` where the module binds `const store = useLoanStore()` once
    as a use of `useLoanStore.borrow` (a store's action, impact.http.js_reads.store_actions)."""
    bound = store_bindings(calls)
    renamed = []
    for use in uses:
        owner, dot, member = use.callee.partition(".")
        hook = bound.get(owner) if dot and "." not in member else None
        renamed.append(replace(use, callee=f"{hook}.{member}") if hook else use)
    return tuple(renamed)


def store_bindings(calls: list[Node]) -> dict[str, str]:
    """Each name the module binds to a call of one store's hook (`const store =
    useLoanStore()`; a name bound to several: none) -> that hook."""
    bound: dict[str, list[str]] = defaultdict(list)
    for call in calls:
        declarator = call.parent
        function = call.child_by_field_name("function")
        if declarator is not None and declarator.type == "variable_declarator" and \
                declarator.child_by_field_name("value") == call and function.type == "identifier" and \
                STORE_HOOK.fullmatch(text(function)) and \
                declarator.child_by_field_name("name").type == "identifier":
            bound[text(declarator.child_by_field_name("name"))].append(text(function))
    return {name: hooks[0] for name, hooks in bound.items() if len(hooks) == 1}


def _attribute_value(element: Node, name: str) -> Node | None:
    """The expression a JSX element's attribute `name={...}` is given, if it has one."""
    for attribute in element.named_children:
        if attribute.type == "jsx_attribute" and attribute.named_child_count == 2 and \
                text(attribute.named_children[0]) == name:
            value = attribute.named_children[1]
            return value.named_children[0] if value.type == "jsx_expression" and \
                value.named_child_count == 1 else None
    return None


def _state_setter(literal: Node) -> Node | None:
    """The function whose first parameter is called with this object literal as its only
    argument (`(set) => ({ load: async () => set({ tasks }) })`), if any."""
    arguments = literal.parent
    call = arguments.parent if arguments is not None and arguments.type == "arguments" else None
    if call is None or call.type != "call_expression" or arguments.named_child_count != 1:
        return None
    callee = call.child_by_field_name("function")
    if callee is None or callee.type != "identifier":
        return None
    function = ancestor(call, FUNCTIONS)
    while function is not None:
        first = _first_parameter_name(function)
        if first is not None and text(first) == text(callee):
            return function
        function = ancestor(function, FUNCTIONS)
    return None


def store_selection(call: Node) -> tuple[str, ...] | None:
    """The steps from a store hook's state to what its call gives: () without a selector,
    (key,) for `useTasksStore((s) => s.tasks)`; None for any other selector."""
    named = call_arguments(call)
    if not named:
        return ()
    selector = named[0]
    parameter = _first_parameter_name(selector) if len(named) == 1 and \
        selector.type == "arrow_function" else None
    body = selector.child_by_field_name("body") if parameter is not None else None
    if body is None or body.type != "member_expression":
        return None
    state = body.child_by_field_name("object")
    if state.type != "identifier" or text(state) != text(parameter):
        return None
    return (text(body.child_by_field_name("property")),)


def props_under(props: Iterable[PropPass], key: str) -> tuple[PropPass, ...]:
    """The props given what a value holds under `key`, as given that value's (`<TaskRow
    task={data.task} />` of a hook's result: `task` of the fetcher's)."""
    return tuple(PropPass(p.component, p.prop, p.steps[1:]) for p in props if p.steps[:1] == (key,))


def reads_under(reads: Iterable[ReadDecl], key: str) -> tuple[ReadDecl, ...]:
    """The reads beyond `key` of a value, as reads of what `key` holds (`data.user.name` of
    a hook's result: `user.name` of the fetcher's)."""
    return tuple(ReadDecl(r.steps[1:], r.site) for r in reads
                 if len(r.steps) > 1 and r.steps[0] == key)


def is_source(call: Node) -> bool:
    """A call whose result is awaited, `.then`-ed, parsed with `.json()` (ky) or returned
    as it is (`return apiFetch<T>(url)`, `() => apiFetch<T>(url)`: the caller awaits it),
    or a held service's Observable an Angular component's field keeps, not itself a step of a
    flow."""
    function = called_function(call)
    if function is None or function.type not in ("identifier", "member_expression"):
        return False
    if function.type == "member_expression" and \
            text(function.child_by_field_name("property")) in NOT_SOURCES:
        return False
    outer = _outer(call)
    parent = outer.parent
    if parent is None:
        return False
    if parent.type in ("await_expression", "return_statement") or awaited_in_callee(call):
        return True
    if parent.type == "array" and _all_argument(parent):  # `await Promise.all([f(), g()])`
        return is_source(parent.parent.parent)
    if parent.type == "variable_declarator" and function.type == "identifier" and \
            CUSTOM_HOOK.fullmatch(text(function)) and text(function) not in REACT_HOOKS:
        return True  # `const store = useTasksStore()`, `const { data } = useTasks()`
    if parent.type == "arrow_function" and parent.child_by_field_name("body") == outer:
        return True
    if parent.type in FIELDS and parent.child_by_field_name("value") == outer:
        return _held_method(function) and parent.parent is not None and parent.parent.parent is not None and \
            angular.is_component(parent.parent.parent)  # `orders$ = this.orderService.list()`
    if parent.type != "member_expression" or parent.parent is None or \
            parent.parent.type != "call_expression":
        return False
    return text(parent.child_by_field_name("property")) in ("then", "json", SUBSCRIBE)  # ky: `.json()`


def _held_method(function: Node) -> bool:
    """`this.orderService.list`: a method of what the instance holds (an Angular service)."""
    held = function.child_by_field_name("object") if function.type == "member_expression" else None
    return held is not None and held.type == "member_expression" and \
        held.child_by_field_name("object").type == "this"


def _outer(node: Node) -> Node:
    parent = node.parent
    while parent is not None and parent.type in TRANSPARENT:
        node, parent = parent, parent.parent
    return node


def _by_name(identifiers: list[Node]) -> dict[str, list[Node]]:
    named: dict[str, list[Node]] = defaultdict(list)
    for node in identifiers:
        named[text(node)].append(node)
    return named


def _state_of_setter(node: Node) -> tuple[str, tuple[int, int] | None] | None:
    """(the state, its scope) when `node` is the setter of `const [state, setter] =
    useState(...)`."""
    pattern = node.parent
    declarator = pattern.parent if pattern is not None and pattern.type == "array_pattern" else None
    if declarator is None or declarator.type != "variable_declarator" or \
            declarator.child_by_field_name("name") != pattern:
        return None
    names = [c for c in pattern.named_children if c.type != "comment"]
    value = declarator.child_by_field_name("value")
    if len(names) != 2 or names[1] != node or names[0].type != "identifier" or \
            value is None or value.type != "call_expression" or \
            text(value.child_by_field_name("function")) not in STATE_HOOKS:
        return None
    return text(names[0]), _declared_scope(declarator)


class _Flows:
    def __init__(self, identifiers: list[Node], template: TemplateView,
                 loops: frozenset[str] = frozenset()):
        self.identifiers = identifiers
        self.template = template
        self.loops = loops  # SolidJS's loop components the module imports (`For`, `Index`)
        self.program_end = _root(identifiers[0]).end_byte if identifiers else -1
        self.reads: list[ReadDecl] = []
        self.returned: dict[int, list[tuple[str, ...]]] = defaultdict(list)
        self.keyed: dict[int, list[tuple[str, tuple[str, ...]]]] = defaultdict(list)
        self.props: list[PropPass] = []
        self._setters: dict[str, list[tuple[str, tuple[int, int] | None]]] = {}

    @cached_property
    def by_name(self) -> dict[str, list[Node]]:
        """The script's identifiers by name: made when a flow first follows a name (most
        modules have no call a flow starts from)."""
        return _by_name(self.identifiers)

    @cached_property
    def in_template(self) -> dict[str, list[Node]]:
        return _by_name(self.template.identifiers)

    def start(self) -> None:
        self.reads = []
        self.returned = defaultdict(list)
        self.keyed = defaultdict(list)
        self.props = []

    def follow_binding(self, binding: Node) -> None:
        """The uses of the name a top-level binding binds (itself aside), as the value."""
        name = text(binding)
        uses = [n for n in self.by_name.get(name, ()) if n != binding]
        if any(_binds(n) for n in uses):
            return
        for use in uses:
            self.track(use, (), 1)
        self._follow_in_template(name, (), 1)

    def track(self, node: Node, steps: tuple[str, ...], depth: int) -> None:
        """`node` holds the value at `steps` of the call's result (or a promise of it)."""
        if depth > MAX_DEPTH or len(steps) > MAX_STEPS:
            return
        node = _outer(node)
        if self.template.loops:
            self._loop_over(node, steps, depth)
        for binding in self.template.props:
            if (node.start_byte, node.end_byte) == (binding.start, binding.end):
                self.props.append(PropPass(binding.component, binding.prop, steps))
        parent = node.parent
        if parent is None:
            return
        kind = parent.type
        if kind == "call_expression" and parent.child_by_field_name("function") == node and \
                steps[-1:] == (ACCESSOR,):
            self.track(parent, steps[:-1], depth + 1)  # `workshops()`: a Solid accessor's value
        elif kind == "jsx_expression" and parent.parent is not None and \
                parent.parent.type == "jsx_attribute":
            self._handed_to_prop(parent.parent, steps)  # `<TaskRow task={t} />`
            self._solid_loop(parent.parent, steps, depth)  # `<For each={list()}>{(t) => ...}`
        elif kind == "array" and _all_argument(parent):
            self._all_item(parent, node, steps, depth)  # `await Promise.all([getTree(id), ...])`
        elif kind == "arguments" and lit.repeats(parent, node):
            render = lit.repeat_template(parent)  # `repeat(items, (i) => i.id, (i) => html`...`)`
            self._bind(_first_parameter(render), steps + (ITEM,), _body_range(render), depth)
        elif kind == "template_substitution":
            bound = lit.property_binding(parent)  # `<crossing-card .crossing=${c}>`
            if bound is not None:
                self.props.append(PropPass(*bound, steps))
        elif node.type == "shorthand_property_identifier" and kind == "object":
            self._returned_under(parent, text(node), steps)  # `return { order }`
        elif kind == "pair" and parent.child_by_field_name("value") == node:
            key = parent.child_by_field_name("key")
            if key is not None and key.type == "property_identifier":
                self._returned_under(parent.parent, text(key), steps)
        elif kind == "await_expression":
            self.track(parent, steps, depth + 1)
        elif kind == "spread_element" and parent.parent is not None and \
                parent.parent.type == "object":
            self.track(parent.parent, steps, depth + 1)  # `{ ...u, isCurrentUser }`: u's fields
        elif kind == "ternary_expression" and parent.child_by_field_name("condition") != node:
            self.track(parent, steps, depth + 1)  # `r.status === 204 ? null : await r.json()`
        elif kind == "binary_expression" and \
                text(parent.child_by_field_name("operator")) in ("??", "||"):
            self.track(parent, steps, depth + 1)  # `(await r.json()) ?? []`
        elif kind == "member_expression" and parent.child_by_field_name("object") == node:
            self._member(parent, steps, depth)
        elif kind == "subscript_expression" and parent.child_by_field_name("object") == node:
            index = parent.child_by_field_name("index")
            if index is not None and index.type == "number":
                self.track(parent, steps + (ITEM,), depth + 1)
            elif index is not None and index.type == "string" and index.named_children:
                key = text(index.named_children[0])
                self.reads.append(ReadDecl(steps + (key,), site(index)))
                self.track(parent, steps + (key,), depth + 1)
        elif kind == "arguments" and self.template.options and parent.parent is not None and \
                self._component_method_call(parent.parent, node, steps, depth):
            pass  # `(click)="pay(visit)"` in an Angular component's template
        elif kind == "arguments" and parent.named_child_count == 1 and \
                parent.parent is not None and parent.parent.type == "call_expression":
            self._sole_argument(parent.parent, steps, depth)
        elif kind == "variable_declarator" and parent.child_by_field_name("value") == node:
            self._bind(parent.child_by_field_name("name"), steps, _declared_scope(parent), depth)
        elif kind == "assignment_expression" and parent.child_by_field_name("right") == node:
            self._state(parent.child_by_field_name("left"), steps, depth)
        elif kind in FIELDS and parent.child_by_field_name("value") == node:
            self._field(parent, steps, depth)
        elif kind == "return_statement" or (kind == "arrow_function" and
                                            parent.child_by_field_name("body") == node):
            owner = parent if kind == "arrow_function" else ancestor(parent, FUNCTIONS)
            if owner is not None:
                self.returned[owner.id].append(steps)
                self._computed(owner, steps, depth)
        elif kind == "for_in_statement" and parent.child_by_field_name("right") == node:
            operator = parent.child_by_field_name("operator")
            body = parent.child_by_field_name("body")
            if operator is not None and text(operator) == "of" and body is not None:
                self._bind(parent.child_by_field_name("left"), steps + (ITEM,),
                           (body.start_byte, body.end_byte), depth)

    def _all_item(self, array: Node, item: Node, steps: tuple[str, ...], depth: int) -> None:
        """`const [tree, harvests] = await Promise.all([getTree(id), listHarvests(id)])`:
        each name of the pattern holds the value of the promise at its place."""
        call = _outer(array.parent.parent)
        awaited = call.parent
        declarator = _outer(awaited).parent if awaited is not None and \
            awaited.type == "await_expression" else None
        if declarator is None or declarator.type != "variable_declarator" or \
                _outer(awaited) != declarator.child_by_field_name("value"):
            return
        pattern = declarator.child_by_field_name("name")
        if pattern is None or pattern.type != "array_pattern":
            return
        items = [c for c in array.named_children if c.type != "comment"]
        names = [c for c in pattern.named_children if c.type != "comment"]
        index = next((i for i, c in enumerate(items) if c == item), None)
        if index is not None and index < len(names) and \
                not any(c.type == "spread_element" for c in items[:index]):
            self._bind(names[index], steps, _declared_scope(declarator), depth + 1)

    def _handed_to_prop(self, attribute: Node, steps: tuple[str, ...]) -> None:
        """A JSX attribute of a component's element (a capitalised name) given the value."""
        prop, element = attribute.named_children[0], attribute.parent
        name = element.child_by_field_name("name") if element is not None and \
            element.type in ("jsx_opening_element", "jsx_self_closing_element") else None
        if prop.type == "property_identifier" and name is not None and \
                name.type == "identifier" and text(name)[:1].isupper():
            self.props.append(PropPass(text(name), text(prop), steps))
            columns = _attribute_value(element, COLUMNS) if text(prop) == TABLE_DATA else None
            if columns is not None and columns.type == "identifier":  # its rows, to the columns
                self.props.append(PropPass(text(columns), js_tables.ROWS, steps + (ITEM,)))

    def _solid_loop(self, attribute: Node, steps: tuple[str, ...], depth: int) -> None:
        """`<For each={list}>{(item) => ...}</For>` of SolidJS: the render function's first
        parameter is each item (`<Index>`'s: an accessor of it)."""
        prop, opening = attribute.named_children[0], attribute.parent
        name = opening.child_by_field_name("name") if opening is not None and \
            opening.type == "jsx_opening_element" else None
        if name is None or text(name) not in self.loops or text(prop) != "each" or \
                opening.parent is None:
            return
        children = [c for c in opening.parent.named_children if c.type == "jsx_expression"]
        render = children[0].named_children[0] if len(children) == 1 and \
            children[0].named_children else None
        if render is not None and render.type in FUNCTIONS:
            self._bind(_first_parameter(render), steps + SOLID_LOOPS[text(name)], _body_range(render),
                       depth + 1)

    def _returned_under(self, literal: Node | None, key: str, steps: tuple[str, ...]) -> None:
        """The value at `key` of an object literal: kept when a function returns the literal,
        or gives it to its first parameter's call (zustand's `set({ tasks })`)."""
        if literal is None or literal.type != "object":
            return
        literal = _outer(literal)
        parent = literal.parent
        setter = _state_setter(literal)
        if setter is not None:
            self.keyed[setter.id].append((key, steps))
            return
        if parent is not None and (parent.type == "return_statement" or (
                parent.type == "arrow_function" and parent.child_by_field_name("body") == literal)):
            owner = parent if parent.type == "arrow_function" else ancestor(parent, FUNCTIONS)
            if owner is not None:
                self.keyed[owner.id].append((key, steps))

    def _member(self, member: Node, steps: tuple[str, ...], depth: int) -> None:
        name = text(member.child_by_field_name("property"))
        call = member.parent
        if call is not None and call.type == "call_expression" and \
                call.child_by_field_name("function") == member:
            self._method(call, name, steps, depth)
            return
        self.reads.append(ReadDecl(steps + (name,), site(member.child_by_field_name("property"))))
        self.track(member, steps + (name,), depth + 1)

    def _method(self, call: Node, name: str, steps: tuple[str, ...], depth: int) -> None:
        arguments = call.child_by_field_name("arguments")
        args = [a for a in arguments.named_children if a.type != "comment"] \
            if arguments is not None else []
        callback = args[0] if args and args[0].type in FUNCTIONS else None
        if callback is None and args and args[0].type == "identifier" and \
                (name in ITEM_CALLBACKS or name in FOLDS):
            callback = self._declared_function(text(args[0]))  # `items.map(itemRow)`
        if name == "then" and callback is not None:
            self._bind(_first_parameter(callback), steps, _body_range(callback), depth)
            returned = set(self.returned.get(callback.id, []))
            if len(returned) == 1:
                self.track(call, returned.pop(), depth + 1)
        elif name == SUBSCRIBE and args:  # each value the Observable emits (an HTTP body)
            given = object_pairs(args[0]) if args[0].type == "object" else None
            observer = given.get("next") if given else callback
            if observer is not None and observer.type in FUNCTIONS:
                self._bind(_first_parameter(observer), steps, _body_range(observer), depth)
        elif name == "then" and len(args) == 1 and args[0].type == "identifier":
            self._set_state(text(args[0]), call, steps, depth)  # `.then(setStats)`
        elif name == "json" and not args:
            self.track(call, steps + (JSON,), depth + 1)
        elif name == "finally":
            self.track(call, steps, depth + 1)
        else:
            if name in ITEM_CALLBACKS and callback is not None:
                self._bind(_first_parameter(callback), steps + (ITEM,), _body_range(callback), depth)
                if name == "map" and set(self.returned.get(callback.id, [])) == {steps + (ITEM,)}:
                    self.track(call, steps, depth + 1)  # each item, kept (with keys added)
            if name in FOLDS and callback is not None:
                self._bind(_parameter(callback, 1), steps + (ITEM,), _body_range(callback), depth)
            if name in SAME_LIST:
                self.track(call, steps, depth + 1)
            elif name in ITEM_RESULT:
                self.track(call, steps + (ITEM,), depth + 1)

    def _bind(self, pattern: Node | None, steps: tuple[str, ...], scope: tuple[int, int] | None,
              depth: int) -> None:
        """A binding pattern that receives the value at `steps`."""
        if pattern is None or scope is None:
            return
        if pattern.type in ("required_parameter", "optional_parameter"):
            pattern = pattern.child_by_field_name("pattern")
            if pattern is None:
                return
        if pattern.type == "identifier":
            self._follow(text(pattern), steps, scope, depth)
        elif pattern.type == "array_pattern":
            self._lazy_query(pattern, steps, scope, depth)
        elif pattern.type == "object_pattern":
            for child in pattern.named_children:
                key, target = _pattern_entry(child)
                if key is None:
                    continue
                self.reads.append(ReadDecl(steps + (text(key),), site(key)))
                if target is not None:
                    self._bind(target, steps + (text(key),), scope, depth + 1)
                elif key.type == "shorthand_property_identifier_pattern":
                    self._follow(text(key), steps + (text(key),), scope, depth)

    def _lazy_query(self, pattern: Node, steps: tuple[str, ...], scope: tuple[int, int], depth: int) -> None:
        """`const [trigger, result] = useLazyGetXQuery()` (or `useAddXMutation()`, RTK Query):
        `result` is the query hook's result; `trigger(arg)` gives a promise of it, whose
        `.unwrap()` is its data."""
        declarator = pattern.parent
        value = declarator.child_by_field_name("value") if declarator.type == "variable_declarator" else None
        function = value.child_by_field_name("function") if value is not None and \
            value.type == "call_expression" else None
        if function is None or rtk_query.TRIGGER_HOOK.fullmatch(text(function)) is None:
            return
        items = [c for c in pattern.named_children if c.type != "comment"]
        if len(items) > 1:
            self._bind(items[1], steps, scope, depth + 1)
        trigger = items[0] if items and items[0].type == "identifier" else None
        uses = [n for n in self.by_name.get(text(trigger), ()) if scope[0] <= n.start_byte < scope[1]] \
            if trigger is not None else []
        if any(_binds(n) for n in uses if n != trigger):
            return
        for use in uses:
            call = use.parent
            if call is None or call.type != "call_expression" or call.child_by_field_name("function") != use:
                continue
            member = call.parent
            unwrapped = member.parent if member is not None and member.type == "member_expression" and \
                text(member.child_by_field_name("property")) == rtk_query.UNWRAP else None
            if unwrapped is not None and unwrapped.type == "call_expression":
                self.track(unwrapped, steps + (rtk_query.DATA,), depth + 1)
            else:
                self.track(call, steps, depth + 1)

    @cached_property
    def component_methods(self) -> dict[str, Node]:
        """The methods of the module's Angular components, by name."""
        root = _root(self.identifiers[0]) if self.identifiers else None
        classes = [statement.child_by_field_name("declaration") if statement.type == "export_statement"
                   else statement for statement in (root.named_children if root is not None else ())]
        return {name: method for cls in classes if cls is not None and cls.type == "class_declaration"
                and angular.is_component(cls) for name, method in js_classes.named_methods(cls)}

    def _component_method_call(self, call: Node, argument: Node, steps: tuple[str, ...], depth: int) -> bool:
        """A call of a component's method in its inline template (`pay(visit)`): the method's
        parameter at that place receives the value."""
        function = call.child_by_field_name("function") if call.type == "call_expression" else None
        if function is None or function.type != "identifier" or \
                not any(n == function for n in self.in_template.get(text(function), ())):
            return False
        method = self.component_methods.get(text(function))
        body = method.child_by_field_name("body") if method is not None else None
        given = [a for a in argument.parent.named_children if a.type != "comment"]
        if body is not None and argument in given:
            self._bind(parameter(method, given.index(argument)), steps, (body.start_byte, body.end_byte),
                       depth + 1)
        return True

    def _sole_argument(self, call: Node, steps: tuple[str, ...], depth: int) -> None:
        """The value is what `call` is given, and all it is given."""
        function = call.child_by_field_name("function")
        if text(function) == STORE_REFS:
            self._store_refs(call, steps, depth)  # `const { tasks } = storeToRefs(store)`
        elif text(function) in (SVELTE_DERIVED, *SVELTE_STATE):
            self.track(call, steps, depth + 1)  # `let open = $derived(tasks.filter(...))`
        elif function.type == "identifier":
            self._set_state(text(function), call, steps, depth)  # `setTicket(await getTicket(id))`

    def _store_refs(self, call: Node, steps: tuple[str, ...], depth: int) -> None:
        """`const { tasks } = storeToRefs(store)` (pinia): `tasks` is a ref of the store's
        `tasks`, its `.value` in the script and itself in the template; any other use of the
        ref (handed on, watched) is not followed."""
        declarator = _outer(call).parent
        if declarator is None or declarator.type != "variable_declarator" or \
                declarator.child_by_field_name("value") != _outer(call):
            return
        pattern, scope = declarator.child_by_field_name("name"), _declared_scope(declarator)
        if pattern is None or pattern.type != "object_pattern" or scope is None:
            return
        for child in pattern.named_children:
            key, target = _pattern_entry(child)
            if key is None or (target is None and key.type != "shorthand_property_identifier_pattern"):
                continue
            name = target if target is not None else key
            if name.type not in ("identifier", "shorthand_property_identifier_pattern"):
                continue
            at = steps + (text(key),)
            uses = [n for n in self.by_name.get(text(name), ()) if scope[0] <= n.start_byte < scope[1]]
            if any(_binds(n) for n in uses if n != name):
                continue
            for use in uses:
                member = _value_read(use, name)
                if member is not None:
                    self.track(member, at, depth + 1)
            if scope[1] == self.program_end:
                self._follow_in_template(text(name), at, depth)

    def _declared_function(self, name: str) -> Node | None:
        """The function a name is declared as in the module (`function itemRow(item) {...}`,
        `const itemRow = (item) => ...`), when that is its one binding."""
        bound = [n for n in self.by_name.get(name, ()) if _binds(n)]
        if len(bound) != 1:
            return None
        parent = bound[0].parent
        if parent is not None and parent.type == "function_declaration" and \
                parent.child_by_field_name("name") == bound[0]:
            return parent
        value = parent.child_by_field_name("value") if parent is not None and \
            parent.type == "variable_declarator" and parent.child_by_field_name("name") == bound[0] else None
        return value if value is not None and value.type in FUNCTIONS else None

    def _set_state(self, setter: str, at: Node, steps: tuple[str, ...], depth: int) -> None:
        """`setStats(value)` or `.then(setStats)`, where `const [stats, setStats] =
        useState(...)` is declared around `at`: the reads of `stats` there (a React
        component's state, rendered below) are reads of the value."""
        for state, scope in self._states_set_by(setter):
            if scope is not None and scope[0] <= at.start_byte < scope[1]:
                self._follow(state, steps, scope, depth + 1)
                return

    def _states_set_by(self, setter: str) -> list[tuple[str, tuple[int, int] | None]]:
        """(state, where it is declared) of each `const [state, setter] = useState(...)`:
        looked up once per name (a name such as `expect` is called thousands of times)."""
        if setter not in self._setters:
            self._setters[setter] = [found for node in self.by_name.get(setter, ())
                                     if (found := _state_of_setter(node)) is not None]
        return self._setters[setter]

    def _follow(self, name: str, steps: tuple[str, ...], scope: tuple[int, int], depth: int) -> None:
        """Every use of a name bound once in `scope`; none when it is bound again there.
        A name bound at the top of a component's script is the template's too."""
        start, end = scope
        uses = [n for n in self.by_name.get(name, ()) if start <= n.start_byte < end]
        if any(_binds(n) for n in uses):
            if end == self.program_end and self.template.assigned_lets:
                self._follow_in_template(name, steps, depth)  # Svelte shows every value it holds
            return
        for use in uses:
            self.track(use, steps, depth + 1)
        if end == self.program_end:  # bound at the top
            self._follow_in_template(name, steps, depth)

    def _state(self, target: Node | None, steps: tuple[str, ...], depth: int) -> None:
        """`task.value = value` where `const task = ref(...)` at the top of the script (a
        Vue ref: its `.value` in the script, itself in the template), `order = value` where
        `let order` is at the top (Svelte: the template shows each value it is given)."""
        if target is None:
            return
        if target.type == "member_expression" and \
                target.child_by_field_name("object").type == "this":
            self._action_state(target, steps, depth)
            return
        ref = target.type == "member_expression" and \
            text(target.child_by_field_name("property")) == "value"
        name = target.child_by_field_name("object") if ref else target
        if name is None or name.type != "identifier":
            return
        declarator = _top_declarator(self.by_name.get(text(name), ()))
        if declarator is None:
            if ref:
                self._local_ref(target, text(name), steps, depth)
            return
        if ref and _is_const_ref(declarator):
            for use in self.by_name.get(text(name), ()):
                member = _value_read(use, target)
                if member is not None:
                    self.track(member, steps, depth + 1)
            self._follow_in_template(text(name), steps, depth)
        elif not ref and self.template.assigned_lets and text(declarator.parent).startswith("let"):
            for use in self.by_name.get(text(name), ()):  # the script's reads of it too
                if not _binds(use):  # (`$derived(tasks.filter(...))`, `$: open = ...`, a function)
                    self.track(use, steps, depth + 1)
            self._follow_in_template(text(name), steps, depth)

    def _action_state(self, target: Node, steps: tuple[str, ...], depth: int) -> None:
        """`this.tasks = value` in a method of the `actions` of a store's options (pinia):
        the store's state keeps the value under that key; in a method of a class (a MobX
        store, impact.http.mobx): its instance does (an Angular component's: its inline template
        shows it by that name); in a method of a Vue component's options
        (`created()`, `methods: {...}`), its template shows it by that name. An arrow function
        keeps its `this`."""
        method = ancestor(target, FUNCTIONS)
        while method is not None and method.type == "arrow_function":
            method = ancestor(method, FUNCTIONS)
        body = method.parent if method is not None and method.type == "method_definition" else None
        key = text(target.child_by_field_name("property"))
        if body is not None and body.type == "class_body" and body.parent is not None and \
                body.parent.type in mobx.CLASSES:
            self.keyed[body.parent.id].append((key, steps))
            self._class_member(body.parent, key, steps, depth)
            return
        if body is not None and self.template.identifiers and vue_options.holds_methods(body):
            self._follow_in_template(key, steps, depth, by_options=True)
            self._options_computed(body if vue_options.is_options(body) else body.parent.parent,
                                   key, steps, depth)
            return
        actions = body
        pair = actions.parent if actions is not None and actions.type == "object" else None
        options = pair.parent if pair is not None and pair.type == "pair" else None
        key = pair.child_by_field_name("key") if pair is not None else None
        if options is not None and options.type == "object" and key is not None and \
                text(key) == "actions":
            state = text(target.child_by_field_name("property"))
            self.keyed[options.id].append((state, steps))
            self._store_getters(options, state, steps, depth)

    def _class_member(self, cls: Node, key: str, steps: tuple[str, ...], depth: int) -> None:
        """What a class's instance holds under `key`: read in the class's methods as `this.key`,
        and by its name in the inline template of an Angular component."""
        for member in lit.this_members(cls, key):
            self.track(member, steps, depth + 1)
        if self.template.options and angular.is_component(cls):
            self._follow_in_template(key, steps, depth, by_options=True)

    def _field(self, declared: Node, steps: tuple[str, ...], depth: int) -> None:
        """`readonly orders$ = this.orderService.list();`: a class field declared with the value."""
        body, name = declared.parent, declared.child_by_field_name("name")
        if body is not None and body.type == "class_body" and body.parent is not None and \
                body.parent.type in mobx.CLASSES and name is not None and name.type == "property_identifier":
            self._class_member(body.parent, text(name), steps, depth)

    def _options_computed(self, component: Node, key: str, steps: tuple[str, ...], depth: int) -> None:
        """The computed properties of a Vue component's options that read `this.key` (`computed:
        { open() { return this.tasks.filter(...) } }`): what one returns, its template shows by
        its name."""
        for name, function in _functions_under(component, "computed"):
            if function.type == "arrow_function":
                continue  # no `this`
            for member in lit.this_members(function, key):
                self.track(member, steps, depth + 1)
            returned = set(self.returned.get(function.id, []))
            if len(returned) == 1:
                self._follow_in_template(name, returned.pop(), depth, by_options=True)

    def _store_getters(self, options: Node, state: str, steps: tuple[str, ...], depth: int) -> None:
        """The getters of a store's options that read the value its state keeps under `state`
        (`getters: { open: (state) => state.tasks.filter(...) }`, or through `this` in one
        that is no arrow function: `open() { return this.tasks.filter(...) }`): the store gives
        what one returns under the getter's name."""
        for name, getter in _functions_under(options, "getters"):
            parameter, body = _first_parameter_name(getter), _body_range(getter)
            if body is None:
                continue
            for use in self.by_name.get(text(parameter), ()) if parameter is not None else ():
                member = use.parent
                if body[0] <= use.start_byte < body[1] and member.type == "member_expression" and \
                        member.child_by_field_name("object") == use and \
                        text(member.child_by_field_name("property")) == state:
                    self.track(member, steps, depth + 1)
            for member in lit.this_members(getter, state) if getter.type != "arrow_function" else ():
                self.track(member, steps, depth + 1)
            returned = set(self.returned.get(getter.id, []))
            if len(returned) == 1:
                self.keyed[options.id].append((name, returned.pop()))

    def _local_ref(self, target: Node, name: str, steps: tuple[str, ...], depth: int) -> None:
        """`tasks.value = value` where `const tasks = ref(...)` is declared in a function
        around the assignment (a pinia store's setup): its `.value` there, and the ref in an
        object the function returns (the store's state: pinia unwraps it)."""
        declarators = _declarators(self.by_name.get(name, ()))
        if len(declarators) != 1:
            return
        declarator = declarators[0]
        owner = ancestor(declarator, FUNCTIONS)
        if owner is None or not _is_const_ref(declarator) or \
                not owner.start_byte <= target.start_byte < owner.end_byte:
            return
        self._ref_in_function(declarator, owner, steps, depth, target)

    def _ref_in_function(self, declarator: Node, owner: Node, steps: tuple[str, ...], depth: int,
                         target: Node | None = None) -> None:
        """The reads of a ref declared in function `owner` holding the value at `steps`: its
        `.value` there (not the assignment `target`), and the ref in an object `owner` returns."""
        name = text(declarator.child_by_field_name("name"))
        for use in self.by_name.get(name, ()):
            if not owner.start_byte <= use.start_byte < owner.end_byte or \
                    use == declarator.child_by_field_name("name"):
                continue
            member = _value_read(use, target)
            if member is not None:
                self.track(member, steps, depth + 1)
            elif use.type == "shorthand_property_identifier" or use.parent is not None and \
                    use.parent.type == "pair" and use.parent.child_by_field_name("value") == use:
                self.track(use, steps, depth + 1)  # `return { tasks }`

    def _follow_in_template(self, name: str, steps: tuple[str, ...], depth: int,
                            by_options: bool = False) -> None:
        """The template's uses of a name the script binds, unless the template binds it
        (with the Options API, a name only the options give it: `by_options`)."""
        uses = self.in_template.get(name, [])
        if name in self.template.bound or any(_binds(n) for n in uses) or \
                self.template.options and not by_options:
            return
        for use in uses:
            self.track(use, steps, depth + 1)

    def _computed(self, getter: Node, steps: tuple[str, ...], depth: int) -> None:
        """`const open = computed(() => store.tasks.filter(...))` at the top of a Vue script:
        what the getter returns is the computed ref's value, `open.value` in the script and
        `open` in the template."""
        arguments = getter.parent
        call = arguments.parent if arguments is not None and arguments.type == "arguments" else None
        callee = text(call.child_by_field_name("function")) if call is not None and \
            call.type == "call_expression" else None
        if callee not in (VUE_COMPUTED, SVELTE_DERIVED_BY) or call_arguments(call) != [getter]:
            return
        if callee == SVELTE_DERIVED_BY:
            self.track(call, steps, depth + 1)  # `let first = $derived.by(() => tasks[0])`
            return
        declarator = _outer(call).parent
        name = declarator.child_by_field_name("name") if declarator is not None and \
            declarator.type == "variable_declarator" else None
        if name is None or name.type != "identifier":
            return
        identifiers = self.by_name.get(text(name), ())
        if _declarators(identifiers) != [declarator]:
            return
        owner = ancestor(declarator, FUNCTIONS)
        if owner is not None:  # a pinia setup store's: read where the store's state is
            self._ref_in_function(declarator, owner, steps, depth)
            return
        if _top_declarator(identifiers) != declarator:
            return
        for use in identifiers:
            member = _value_read(use, None)
            if member is not None:
                self.track(member, steps, depth + 1)
        self._follow_in_template(text(name), steps, depth)

    def _loop_over(self, node: Node, steps: tuple[str, ...], depth: int) -> None:
        """A loop of the template over the value at `node`: the uses of its item, when
        nothing else binds the item's name (but a function, where its own parameter hides
        the item: `@created="(t) => tasks.push(t)"` in the template, `(t) => t.id` in a
        function of the script), are reads of the value's items."""
        for loop in self.template.loops:
            if (node.start_byte, node.end_byte) != (loop.start, loop.end):
                continue
            alike = [other for other in self.template.loops if other.item == loop.item]
            if self.template.bound.count(loop.item) != len(alike) or \
                    len(alike) > 1 and any(other.scope is None for other in alike) or \
                    any(_binds(n) and ancestor(n, FUNCTIONS) is None
                        for n in self.by_name.get(loop.item, ())):
                continue  # another binding of the template, or one of the script's top
            uses = _outside_functions_binding(self.in_template.get(loop.item, []))
            for use in uses if uses is not None else ():
                if len(alike) == 1 or _innermost(alike, use.start_byte) is loop:
                    self.track(use, steps + (ITEM,), depth + 1)


def _functions_under(options: Node, group: str) -> Iterator[tuple[str, Node]]:
    """(name, function) of each function of an options object under `group` (a store's
    `getters: { open: (state) => ..., done(state) { ... } }`, a component's `computed`)."""
    for entry in options.named_children:
        key = entry.child_by_field_name("key") if entry.type == "pair" else None
        value = entry.child_by_field_name("value") if key is not None else None
        if key is None or text(key) != group or value is None or value.type != "object":
            continue
        for getter in value.named_children:
            if getter.type == "method_definition":
                yield text(getter.child_by_field_name("name")), getter
            elif getter.type == "pair" and getter.child_by_field_name("key").type == "property_identifier" \
                    and getter.child_by_field_name("value").type in FUNCTIONS:
                yield text(getter.child_by_field_name("key")), getter.child_by_field_name("value")


def _innermost(loops: list[Loop], at: int) -> Loop | None:
    """The loop binding its item where `at` is, of loops binding the same name (`v-for`s of
    sibling or nested elements): the one that starts last among those around it."""
    around = [loop for loop in loops if loop.scope[0] <= at < loop.scope[1]]
    return max(around, key=lambda loop: loop.scope[0]) if around else None


def _all_argument(array: Node) -> bool:
    """An array literal that is the one argument of `Promise.all(...)`."""
    arguments = array.parent
    call = arguments.parent if arguments is not None and arguments.type == "arguments" else None
    return call is not None and call.type == "call_expression" and \
        text(call.child_by_field_name("function")) == "Promise.all" and \
        [c for c in arguments.named_children if c.type != "comment"] == [array]


def _root(node: Node) -> Node:
    while node.parent is not None:
        node = node.parent
    return node


def _is_const_ref(declarator: Node) -> bool:
    """`const task = ref(...)` (or `shallowRef`; `ref(null) as Ref<T | null>` too, a type
    assertion changes nothing): a Vue ref whose `.value` is what it holds."""
    value = declarator.child_by_field_name("value")
    while value is not None and value.type in TRANSPARENT and value.named_children:
        value = value.named_children[0]
    return value is not None and value.type == "call_expression" and \
        text(value.child_by_field_name("function")) in VUE_REFS and \
        declarator.parent is not None and declarator.parent.type == "lexical_declaration" and \
        text(declarator.parent).startswith("const")


def _value_read(use: Node, target: Node | None) -> Node | None:
    """`use.value`, a ref's value read (not the assignment `target` itself)."""
    member = use.parent
    if member is not None and member.type == "member_expression" and \
            member.child_by_field_name("object") == use and member != target and \
            text(member.child_by_field_name("property")) == "value":
        return member
    return None


def _top_declarator(identifiers) -> Node | None:
    """The declarator of the one top-level declaration of a name (among its identifiers)."""
    found = _declarators(identifiers)
    if len(found) != 1 or found[0].parent is None or found[0].parent.parent is None or \
            found[0].parent.parent.type != "program":
        return None
    return found[0]


def _declarators(identifiers) -> list[Node]:
    """The `variable_declarator`s that declare a name (among its identifiers)."""
    return [n.parent for n in identifiers if n.parent is not None and
            n.parent.type == "variable_declarator" and n.parent.child_by_field_name("name") == n]


def _pattern_entry(child: Node) -> tuple[Node | None, Node | None]:
    """(key, the pattern its value binds, if not the key itself) of an object pattern entry."""
    if child.type == "shorthand_property_identifier_pattern":
        return child, None
    if child.type == "pair_pattern":
        key = child.child_by_field_name("key")
        if key is None or key.type != "property_identifier":
            return None, None
        value = child.child_by_field_name("value")
        if value is not None and value.type == "assignment_pattern":
            value = value.child_by_field_name("left")
        return key, value
    if child.type == "object_assignment_pattern":
        left = child.child_by_field_name("left")
        return (left, None) if left is not None and \
            left.type == "shorthand_property_identifier_pattern" else (None, None)
    return None, None


def _outside_functions_binding(uses: list[Node]) -> list[Node] | None:
    """The uses of a name outside the functions whose parameters bind it again (None when
    something else binds it: a declaration, an assignment)."""
    hidden = []
    for use in uses:
        if not _binds(use):
            continue
        function = ancestor(use, FUNCTIONS)
        if function is None or ancestor(use, ("formal_parameters",)) is None and \
                function.child_by_field_name("parameter") != use:
            return None
        hidden.append((function.start_byte, function.end_byte))
    return [use for use in uses if not any(start <= use.start_byte < end for start, end in hidden)]


TYPE_NODES = ("type_annotation", "function_type", "object_type", "type_arguments",
              "type_alias_declaration", "interface_declaration")


def _in_type(node: Node) -> bool:
    """Whether this identifier is written in a type (`onbook: (room: Room) => void` names a
    parameter of the function type, not the prop `room`)."""
    current = node.parent
    while current is not None and current.type not in ("program", "statement_block"):
        if current.type in TYPE_NODES:
            return True
        current = current.parent
    return False


def _binds(node: Node) -> bool:
    """Whether this identifier (re)binds its name rather than reads it."""
    parent = node.parent
    if parent is None:
        return False
    if parent.type in BINDING_PARENTS:
        return True
    if parent.type == "variable_declarator":
        return parent.child_by_field_name("name") == node
    if parent.type in ("assignment_expression", "augmented_assignment_expression",
                       "assignment_pattern", "for_in_statement"):
        return parent.child_by_field_name("left") == node
    if parent.type == "arrow_function":
        return parent.child_by_field_name("parameter") == node
    return False


def _first_parameter(function: Node) -> Node | None:
    single = function.child_by_field_name("parameter")
    if single is not None:
        return single
    return _parameter(function, 0)


def _parameter(function: Node, index: int) -> Node | None:
    parameters = function.child_by_field_name("parameters")
    named = [p for p in parameters.named_children if p.type != "comment"] if parameters else []
    return named[index] if index < len(named) else None


def _first_parameter_name(function: Node) -> Node | None:
    """The identifier a function's first parameter is (`(set) =>`, `(s: State) =>`), if it
    is a plain name."""
    first = _first_parameter(function)
    if first is not None and first.type == "required_parameter":
        first = first.child_by_field_name("pattern")
    return first if first is not None and first.type == "identifier" else None


def _body_range(function: Node) -> tuple[int, int] | None:
    body = function.child_by_field_name("body")
    return (body.start_byte, body.end_byte) if body is not None else None


def _declared_scope(declarator: Node) -> tuple[int, int] | None:
    """Where a name a declarator binds is visible after it: its block (`var`: its function)."""
    declaration = declarator.parent
    if declaration is None:
        return None
    wanted = BLOCKS if declaration.type == "lexical_declaration" else {"program"} | FUNCTIONS
    current = declaration.parent
    while current is not None and current.type not in wanted:
        current = current.parent
    if current is None:
        return None
    if current.type in FUNCTIONS:
        current = current.child_by_field_name("body") or current
    return declarator.end_byte, current.end_byte
