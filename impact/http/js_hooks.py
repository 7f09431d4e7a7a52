"""SWR and React Query hooks: `useSWR(key, fetcher)`, `useQuery({ queryKey, queryFn })`, and
the mutations `useSWRMutation(key, fetcher)` and `useMutation({ mutationFn })`.

The key is the URL the hook asks for when the fetcher is given it (a mutation's fetcher
decides the method too); the hook's `data` is what the fetcher returns. Shared by the request side (impact.http.javascript) and the reads
(impact.http.js_reads)."""

from __future__ import annotations

from dataclasses import dataclass

from tree_sitter import Node

from impact.http.js_literals import object_pairs
from impact.lang.treesitter import call_arguments, text

SWR_HOOKS = ("useSWR", "useSWRImmutable")  # the key (or the first item of an array key) is the URL
# SWR 2's `useSWRMutation(key, fetcher)`: `trigger(arg)` calls `fetcher(key, { arg })`, so the
# request is the fetcher's own, its method included; `data` is what the fetcher returned
SWR_MUTATION_HOOKS = ("useSWRMutation",)
# React Query's `useMutation({ mutationFn })`: no key, no request of its own; `data` is what
# `mutationFn` returned (it takes the variables `mutate(variables)` is given)
MUTATION_HOOKS = ("useMutation",)
QUERY_HOOKS = ("useQuery", "useSuspenseQuery")  # React Query: `queryKey: ['/api/x']`
DATA = "data"  # the hook result's property that holds what the fetcher returned
CALLBACKS = ("arrow_function", "function_expression", "function")
OPTIONS_HELPER = "queryOptions"  # TanStack Query's `queryOptions({ queryKey, queryFn })`


@dataclass(frozen=True)
class HookCall:
    """The pieces of a hook call. `fetcher`: the fetcher node (None: the app's default one);
    `selected`: React Query's `select` option transforms `data`, which then is not what the
    fetcher returned."""

    swr: bool
    key: Node | None
    fetcher: Node | None
    selected: bool
    mutation: bool = False  # SWR_MUTATION_HOOKS: the fetcher's request, not a GET
    # React Query's `useMutation({ onSuccess: (data) => ... })`: called with what the
    # mutation's function resolved to, its `data`
    on_success: Node | None = None


def hook_name(call: Node) -> str | None:
    function = call.child_by_field_name("function")
    name = text(function) if function is not None and function.type == "identifier" else ""
    return name if name in SWR_HOOKS or name in QUERY_HOOKS or name in SWR_MUTATION_HOOKS or \
        name in MUTATION_HOOKS else None


def hook_call(call: Node) -> HookCall | None:
    name = hook_name(call)
    args = call_arguments(call)
    if name is None or not args:
        return None
    if name in SWR_MUTATION_HOOKS:
        return HookCall(True, args[0], args[1], False, mutation=True) if len(args) > 1 else None
    if name in MUTATION_HOOKS:
        pairs = object_pairs(args[0]) if args[0].type == "object" else None
        success = pairs.get("onSuccess") if pairs else None
        return HookCall(False, None, pairs.get("mutationFn"), False, mutation=True,
                        on_success=success if success is not None and success.type in CALLBACKS
                        else None) if pairs else None
    swr = name in SWR_HOOKS
    key, fetcher = args[0], args[1] if len(args) > 1 else None
    options = []  # React Query's option objects, as written
    if not swr and args[0].type == "call_expression":  # `useQuery(itemsQueryOptions())`
        args = [_options_made_by(args[0]) or args[0], *args[1:]]
    if not swr and args[0].type == "object":  # useQuery({ queryKey, queryFn, select })
        options = [args[0]]
        pairs = object_pairs(args[0]) or {}
        key, fetcher = pairs.get("queryKey"), pairs.get("queryFn")
    elif not swr:  # useQuery(key, queryFn, options) or useQuery(key, { queryFn })
        options = [a for a in args[1:] if a.type == "object"]
        if fetcher is not None and fetcher.type == "object":
            fetcher = (object_pairs(fetcher) or {}).get("queryFn")
    selected = any(object_pairs(o) is None or "select" in object_pairs(o) for o in options)
    return HookCall(swr, key, fetcher, selected)


def options_factory(call: Node) -> str | None:
    """The function a React Query hook's options come from when they are not made in this
    module (`useQuery(recipeQuery(id))`, `recipeQuery` imported from a `queries.ts`): what the
    hook gives is read as what that function's options give (`factory_options`)."""
    if hook_name(call) not in QUERY_HOOKS:
        return None
    args = call_arguments(call)
    if len(args) != 1 or args[0].type != "call_expression":
        return None
    function = args[0].child_by_field_name("function")
    if function is None or function.type != "identifier" or text(function) == OPTIONS_HELPER:
        return None
    return text(function) if _options_made_by(args[0]) is None else None


def factory_options(call: Node) -> HookCall | None:
    """The pieces of TanStack Query's `queryOptions({ queryKey, queryFn })` (a factory's)."""
    function = call.child_by_field_name("function")
    if function is None or text(function) != OPTIONS_HELPER:
        return None
    args = call_arguments(call)
    if len(args) != 1 or args[0].type != "object":
        return None
    pairs = object_pairs(args[0])
    if pairs is None:
        return None
    return HookCall(False, pairs.get("queryKey"), pairs.get("queryFn"), "select" in pairs)


def _options_made_by(call: Node) -> Node | None:
    """The object literal a module-level function of this module returns, for a call of it
    (`function itemsQueryOptions() { return { queryKey, queryFn } }`; `queryOptions({...})`,
    TanStack Query's typing helper, around it or in place of it)."""
    function = call.child_by_field_name("function")
    if function is None or function.type != "identifier":
        return None
    if text(function) == OPTIONS_HELPER:
        arguments = call_arguments(call)
        return arguments[0] if len(arguments) == 1 and arguments[0].type == "object" else None
    root = call
    while root.parent is not None:
        root = root.parent
    body = _top_level_function(root, text(function))
    value = body
    if body is not None and body.type == "statement_block":
        returns = [s for s in body.named_children if s.type == "return_statement"]
        value = returns[0].named_children[0] if len(returns) == 1 and returns[0].named_children else None
    while value is not None and value.type == "parenthesized_expression" and value.named_child_count == 1:
        value = value.named_children[0]
    if value is not None and value.type == "call_expression":
        return _options_made_by(value) if text(value.child_by_field_name("function")) == OPTIONS_HELPER \
            else None
    return value if value is not None and value.type == "object" else None


def _top_level_function(root: Node, name: str) -> Node | None:
    """The body of the module's top-level function `name` (a declaration or a const arrow)."""
    for statement in root.named_children:
        if statement.type == "export_statement":
            statement = statement.child_by_field_name("declaration") or statement
        if statement.type == "function_declaration" and \
                text(statement.child_by_field_name("name")) == name:
            return statement.child_by_field_name("body")
        if statement.type == "lexical_declaration":
            for declarator in statement.named_children:
                value = declarator.child_by_field_name("value")
                if text(declarator.child_by_field_name("name") or declarator) == name and \
                        value is not None and value.type == "arrow_function":
                    return value.child_by_field_name("body")
    return None


def fetcher_name(hook: HookCall) -> str:
    """The fetcher as a name (`fetcher`, `api.getUser`), or the function an inline fetcher
    without parameters returns the result of (`() => listInvoices()`, `() =>
    fetchTasks(projectId, page)`); "" when it is written in place otherwise or not given."""
    return fetcher_reference(hook)[0]


def fetcher_reference(hook: HookCall) -> tuple[str, tuple[str, ...]]:
    """`fetcher_name`, and the properties an inline fetcher reads of what that function's
    call gives (`async () => (await UsersService.readUserMe()).data`: ("data",))."""
    fetcher, steps = hook.fetcher, ()
    if fetcher is not None and fetcher.type == "instantiation_expression":  # `postJson<Dish>`
        fetcher = fetcher.named_children[0] if fetcher.named_children else None
    if fetcher is not None and fetcher.type == "arrow_function" and _ignores_key(hook, fetcher):
        call, steps = _called(fetcher.child_by_field_name("body"))
        fetcher = call.child_by_field_name("function") if call is not None else None
    if fetcher is not None and fetcher.type in ("identifier", "member_expression"):
        return text(fetcher), steps
    return "", ()


def inline_fetcher_call(hook: HookCall) -> Node | None:
    """The call an inline fetcher without parameters makes (`() => listInvoices()`), or a
    mutation's (`(id) => api.post(`/x/${id}`)`)."""
    fetcher = hook.fetcher
    if fetcher is None or fetcher.type != "arrow_function" or not _ignores_key(hook, fetcher):
        return None
    return _called(fetcher.child_by_field_name("body"))[0]


def called(body: Node) -> tuple[Node | None, tuple[str, ...]]:
    """The call a function's returned value is made by, and the properties it reads of the
    (awaited) result (see _called)."""
    return _called(body)


def _called(body: Node) -> tuple[Node | None, tuple[str, ...]]:
    """The call a fetcher's body makes, and the properties it reads of the (awaited)
    result: `listInvoices()`, `(await api.me()).data`."""
    steps: list[str] = []
    node = body
    while True:
        if node.type in ("parenthesized_expression", "await_expression") and \
                node.named_child_count == 1:
            node = node.named_children[0]
        elif node.type == "member_expression" and node.child_by_field_name("property") is not None:
            steps.insert(0, text(node.child_by_field_name("property")))
            node = node.child_by_field_name("object")
        else:
            break
    return (node, tuple(steps)) if node.type == "call_expression" else (None, ())


def _ignores_key(hook: HookCall, fetcher: Node) -> bool:
    """Whether an inline fetcher makes its own request: it takes no key (a mutation's takes
    the variables, never a key)."""
    return hook.mutation or _takes_nothing(fetcher)


def _takes_nothing(function: Node) -> bool:
    parameters = function.child_by_field_name("parameters")
    return function.child_by_field_name("parameter") is None and \
        (parameters is None or not parameters.named_children)


