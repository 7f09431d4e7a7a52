"""The response fields each request's caller reads: the reads that flow from the call
(impact.http.js_reads) translated to the response body through the call's access (`.json()`
for fetch and ky, `.data` for axios, nothing for ofetch, what a path wrapper returns), and,
when the call is inside a one-level wrapper that returns its result (`getMessages(id)`), the
reads of every caller of that wrapper. A read is a field of the body (`data.x`), of an item
of an array body (`data.map((m) => m.x)`), or of a value inside it, field by field
(`data.page.items[0].title`); it is judged where the server side knows what that value holds
(impact.http.responses). Reads through anything impact does not follow are not.
"""

from __future__ import annotations

import posixpath
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from weakref import WeakKeyDictionary

from impact.graph import SymbolGraph
from impact.http import react_router, redux, vuex
from impact.http.clients import REF, ClientCall
from impact.http.js_reads import ITEM, JSON, PAGE_DATA, VUE_DEFAULT, props_under, reads_under
from impact.http.names import resolve
from impact.http.tags import is_tag
from impact.lang.components import SVELTEKIT_PAGE
from impact.model import PropPass, ReadDecl, ReturnDecl, Site, UseDecl

STEPS = (JSON, ITEM)
VALUE = "value"  # a Vue ref's value in a script
HOOK_PREFIX = "use"  # a hook of the app's own may return a query's value at its call
MAX_PATH = 4  # fields read inside fields, as far as responses.MAX_NESTING follows them
MAX_PROP_LEVELS = 4  # a value handed from component to component, followed this many components deep
MAX_PASSED_ON = 3  # a kept value returned as it is by a hook of a hook, this many functions deep
STORE_USES = ("", redux.STATE)  # in the callers: the selectors of Redux stores' state
LOAD_MODULE = "+page."  # `+page.ts`, `+page.js`, `+page.server.ts`: a SvelteKit page's `load`


@dataclass(frozen=True)
class FieldRead:
    """`field` of the response body (of an item of it: `item`) read at `file`:`site`;
    `within`: the path of (field, of an item) from the body to the value it is read from
    (`data.page.items[0].title`: (("page", False), ("items", False)), item True)."""

    field: str
    item: bool
    file: str
    site: Site
    within: tuple[tuple[str, bool], ...] = ()

    def shown(self) -> str:
        """Where it is read from, for messages (`response.items[i]`)."""
        path = "response" + "".join(("[i]" if item else "") + "." + name
                                    for name, item in self.within)
        return path + ("[i]" if self.item else "")


def field_reads(graph: SymbolGraph, calls: list[ClientCall]) -> dict[ClientCall, list[FieldRead]]:
    uses = {(module, use.site): use for module, facts in graph.facts.items()
            for use in facts.http.uses}
    returned_by: dict[tuple[str, Site], ReturnDecl] = {}
    page_data: dict[tuple[str, Site], ReturnDecl] = {}  # what a SvelteKit `load` keeps by key
    kept: dict[tuple[str, Site], list[ReturnDecl]] = defaultdict(list)  # a store's state, by key
    for module, facts in graph.facts.items():
        for r in facts.http.returns:
            if not r.key:
                returned_by[(module, r.call)] = r
            if r.key and r.name == "load" and _is_load_module(module):
                page_data[(module, r.call)] = r
            elif r.key or r.name.startswith(HOOK_PREFIX) or r.name in react_router.ROUTE_FUNCTIONS:
                # a store's state, a hook's value, a route's loader's or action's
                kept[(module, r.call)].append(r)
    callers = _wrapper_callers(graph) if returned_by or kept else {}
    found: dict[ClientCall, list[FieldRead]] = {}
    for call in calls:
        if call.access is None:
            continue
        returned, body = call.access
        reads = []
        own = uses.get((call.file, call.site))
        if own is not None:
            reads += _fields(body, returned, own.reads, call.file)
            reads += _prop_reads(graph, call.file, own, body, returned)
        wrapper = returned_by.get((call.file, call.site))
        if wrapper is not None:
            for module, use in callers.get((call.file, wrapper.name), ()):
                reads += _fields(body, returned + wrapper.steps, use.reads, module)
                reads += _prop_reads(graph, module, use, body, returned + wrapper.steps)
                reads += _kept_reads(graph, (module, use.site), body, returned + wrapper.steps,
                                     kept, callers)
        reads += _kept_reads(graph, (call.file, call.site), body, returned, kept, callers)
        loaded = page_data.get((call.file, call.site))
        if loaded is not None:
            reads += _page_reads(graph, call.file, loaded, body, returned)
        if reads:
            found[call] = list(dict.fromkeys(reads))
    return found


def _prop_reads(graph: SymbolGraph, module: str, use: UseDecl, body: tuple[str, ...],
                returned: tuple[str, ...]) -> list[FieldRead]:
    """What the components a use hands the value to read of the prop they get it as
    (`<TaskRow task={t} />` where `function TaskRow({ task })` reads `task.title`), and the
    components they hand it on to, MAX_PROP_LEVELS deep."""
    return _handed_reads(graph, module, use.props, body, returned, MAX_PROP_LEVELS)


def _handed_reads(graph: SymbolGraph, module: str, props: Iterable[PropPass], body: tuple[str, ...],
                  returned: tuple[str, ...], levels: int) -> list[FieldRead]:
    found = []
    for passed in props:
        target = _custom_element(graph, passed.component) if is_tag(passed.component) else \
            resolve(graph, module, passed.component) or \
            _single_file_component(graph, module, passed.component)
        facts = graph.facts.get(target[0]) if target is not None else None
        for component in facts.http.components if facts is not None else ():
            if component.name == target[1]:
                at = returned + passed.steps
                found += _fields(body, at, reads_under(component.reads, passed.prop), target[0])
                if levels > 1:
                    found += _handed_reads(graph, target[0], props_under(component.props, passed.prop),
                                           body, at, levels - 1)
    return found


def _kept_reads(graph: SymbolGraph, at: tuple[str, Site], body: tuple[str, ...],
                returned: tuple[str, ...], kept: dict[tuple[str, Site], list[ReturnDecl]],
                callers: dict[tuple[str, str], list[tuple[str, UseDecl]]]) -> list[FieldRead]:
    """What the users of a function read of the value of the call `at` it keeps under a key
    of what it returns: `store.tasks` where a pinia store's setup sets its `tasks` ref to it."""
    found = []
    for held in kept.get(at, ()):
        if held.name == redux.STATE:
            found += _store_reads(graph, at[0], held, body, returned, callers.get(STORE_USES, ()))
            continue
        export = vuex.exported_module(held.name)
        if export is not None:  # kept by a Vuex module a store registers by name
            for path in _registered_paths(graph, at[0], export):
                found += _store_reads(graph, at[0], replace(held, name=redux.STATE, key=f"{path}.{held.key}"),
                                      body, returned, callers.get(STORE_USES, ()))
            continue
        found += _held_reads(graph, (at[0], held.name), held, body, returned, kept, callers,
                             MAX_PASSED_ON)
    return found


def _store_reads(graph: SymbolGraph, slice_module: str, held: ReturnDecl, body: tuple[str, ...],
                 returned: tuple[str, ...], selectors: Iterable[tuple[str, UseDecl]]) -> list[FieldRead]:
    """What the selectors of a Redux store read of the value a slice keeps at `held.key`
    (`orders.items`), and the components they hand it to: selectors of the slice's package
    (the nearest package.json), which is its store's."""
    package = _package_of(graph, slice_module)
    found = []
    for module, use in selectors:
        if _package_of(graph, module) != package:
            continue
        for key in held.key.split("."):
            use = _under_key(use, key)
        found += _fields(body, returned + held.steps, use.reads, module)
        found += _prop_reads(graph, module, use, body, returned + held.steps)
    return found


def _held_reads(graph: SymbolGraph, function: tuple[str, str], held: ReturnDecl,
                body: tuple[str, ...], returned: tuple[str, ...],
                kept: dict[tuple[str, Site], list[ReturnDecl]],
                callers: dict[tuple[str, str], list[tuple[str, UseDecl]]], levels: int) -> list[FieldRead]:
    """What the callers of `function` read of the value its result keeps under `held.key`,
    and the callers of a hook that returns that result as it is (`function useRecipe(id) {
    return useQuery(recipeQuery(id)) }`), `levels` deep."""
    found = []
    for module, use in callers.get(function, ()):
        under = _under_key(use, held.key)
        found += _fields(body, returned + held.steps, under.reads, module)
        found += _prop_reads(graph, module, under, body, returned + held.steps)
        for passed in kept.get((module, use.site), ()):
            if passed.name == redux.STATE:  # a thunk's payload, kept by a slice of its importer
                found += _store_reads(graph, module, passed, body, returned + held.steps,
                                      callers.get(STORE_USES, ()))
            elif not passed.key and not passed.steps and levels > 1:  # returned as it is
                found += _held_reads(graph, (module, passed.name), held, body, returned, kept,
                                     callers, levels - 1)
    return found


def _registered_paths(graph: SymbolGraph, module: str, export: str) -> list[str]:
    """Where in their state the Vuex stores of the revision register what `module` exports
    as `export` (`modules: { boats }` after `import boats from './modules/boats'`: `boats`)."""
    found = []
    for store, facts in graph.facts.items():
        for registered in facts.http.store_modules:
            imports = [i for i in facts.imports if i.local == registered.name and i.kind != "reexport"]
            if len(imports) == 1 and imports[0].imported == export and \
                    graph.target(store, imports[0]) == module:
                found.append(registered.path)
    return found


def _package_of(graph: SymbolGraph, module: str) -> str | None:
    """The directory of the nearest package.json above a module (None: none)."""
    directory = posixpath.dirname(module)
    while True:
        if directory in graph.js.manifests:
            return directory
        if not directory:
            return None
        directory = posixpath.dirname(directory)


def _under_key(use: UseDecl, key: str) -> UseDecl:
    """What a use reads of the value a function's result keeps under `key` (all of it, for
    ""), and the props that value is handed to."""
    if not key or key == redux.PAYLOAD:  # a thunk's payload: the value itself
        return use
    return UseDecl(use.callee, use.site, reads_under(use.reads, key), props_under(use.props, key))


_ELEMENTS: WeakKeyDictionary[SymbolGraph, dict[str, list[str]]] = WeakKeyDictionary()


def _custom_element(graph: SymbolGraph, tag: str) -> tuple[str, str] | None:
    """(the module, the tag) of the one class registered as custom element `tag` in the
    revision (the registry is global; a tag two modules register: none)."""
    if graph not in _ELEMENTS:
        found: dict[str, list[str]] = defaultdict(list)
        for module, facts in graph.facts.items():
            for component in facts.http.components:
                if is_tag(component.name):
                    found[component.name].append(module)
        _ELEMENTS[graph] = found
    modules = _ELEMENTS[graph].get(tag, [])
    return (modules[0], tag) if len(modules) == 1 else None


def _single_file_component(graph: SymbolGraph, module: str, name: str) -> tuple[str, str] | None:
    """(the module, VUE_DEFAULT) of a Vue or Svelte component imported as `name` (`import
    TaskItem from './TaskItem.vue'`): the file is the component."""
    imports = [i for i in graph.facts[module].imports if i.local == name and i.imported == "default"]
    target = graph.target(module, imports[0]) if len(imports) == 1 else None
    return (target, VUE_DEFAULT) if isinstance(target, str) and target.endswith((".vue", ".svelte")) \
        else None


def _is_load_module(module: str) -> bool:
    name = posixpath.basename(module)
    return name.startswith(LOAD_MODULE) and not name.endswith(".svelte")


def _page_reads(graph: SymbolGraph, load_module: str, loaded: ReturnDecl, body: tuple[str, ...],
                returned: tuple[str, ...]) -> list[FieldRead]:
    """What the SvelteKit page beside a load module reads of the key `load` returns the
    call's value under (`data.order.total` where `load` returns `{ order }`)."""
    page = posixpath.join(posixpath.dirname(load_module), SVELTEKIT_PAGE)
    facts = graph.facts.get(page)
    found = []
    for use in facts.http.uses if facts is not None else ():
        if use.callee == PAGE_DATA:
            found += _fields(body, returned + loaded.steps, reads_under(use.reads, loaded.key),
                             page)
    return found


def _wrapper_callers(graph: SymbolGraph) -> dict[tuple[str, str], list[tuple[str, UseDecl]]]:
    """(module, function) -> the uses of that function's result, for functions that return
    a call's result."""
    callers: dict[tuple[str, str], list[tuple[str, UseDecl]]] = defaultdict(list)
    for module, facts in sorted(graph.facts.items()):
        for use in facts.http.uses:
            if use.callee == redux.STATE:  # a selector of a Redux store's state
                callers[STORE_USES].append((module, use))
                continue
            if use.callee.count(".") > 1:
                continue
            target = resolve(graph, module, use.callee)
            if target is not None and any(r.name == target[1]
                                          for r in graph.facts[target[0]].http.returns):
                callers[target].append((module, use))
    return callers


def _fields(body: tuple[str, ...], returned: tuple[str, ...], reads: tuple[ReadDecl, ...],
            module: str) -> list[FieldRead]:
    found = []
    ref = body[-1:] == (REF,)  # the body is a Vue ref's value: `.value` in a script, unwrapped in
    body = body[:-1] if ref else body  # a template, which the steps do not tell apart: a read
    for read in reads:  # through `.value` is not judged
        steps = returned + read.steps
        if steps[:len(body)] != body or ref and steps[len(body):len(body) + 1] == (VALUE,):
            continue
        path = _field_path(steps[len(body):])
        if path:
            (field, item), within = path[-1], tuple(path[:-1])
            found.append(FieldRead(field, item, module, read.site, within))
    return found


def _field_path(rest: tuple[str, ...]) -> list[tuple[str, bool]] | None:
    """The steps beyond the body as (field, of an item) pairs, when each is a field of an
    object or of an item of an array (not of an array of arrays), up to MAX_PATH of them."""
    path: list[tuple[str, bool]] = []
    item = False
    for step in rest:
        if step == ITEM:
            if item:
                return None
            item = True
        elif step in STEPS:
            return None
        else:
            path.append((step, item))
            item = False
    return path if not item and len(path) <= MAX_PATH else None
