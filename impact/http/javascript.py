"""HTTP facts of a JavaScript/TypeScript module, from the syntax tree impact already parsed.

Servers: Express/Koa/Hono apps and routers (`app.get('/x', h)`, `router.route('/x').get(h)`,
`app.use('/api', router)`, `app.route('/x', sub)`); Next.js route handlers are read later
from the exports. Clients: every call whose first argument is a literal URL or path
(`fetch`, `axios.get`, `api.post`, `apiFetch`), `axios({ url, method })`, instances
(`axios.create({ baseURL })`), base-URL constants and one-level wrapper functions. Which
call is a request and which object is a router is decided with the whole revision in view.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache

import tree_sitter
from tree_sitter import Node

from impact.http import (
    angular,
    eden_client,
    elysia,
    fastify,
    fastify_schemas,
    hono_client,
    js_bodies,
    js_classes,
    js_generated,
    js_hooks,
    js_reads,
    js_sent,
    js_tables,
    lit,
    mobx,
    nest,
    paths,
    proxies,
    react_router,
    redux,
    rtk_query,
    ts_types,
    vuex,
    xhr,
    zod_schemas,
)
from impact.http.js_literals import object_pairs, string_value
from impact.lang import components
from impact.lang.treesitter import (
    LANGUAGES,
    ancestor,
    call_arguments,
    called_function,
    chain_top,
    descendants,
    in_document_order,
    kept_per_module,
    parse,
    per_module,
    site,
    text,
)
from impact.model import (
    BodyDecl,
    ForwarderDecl,
    GivenDecl,
    HttpFacts,
    InstanceDecl,
    MountDecl,
    ProducerDecl,
    RequestDecl,
    ReturnDecl,
    RouteDecl,
    RouterDecl,
    Url,
    ValueDecl,
    WrapperDecl,
)

METHODS = ("get", "post", "put", "patch", "delete", "head", "options", "all")
HTTP_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS")
ROUTER_CALLS = {"express": "express", "express.Router": "express-router", "Router": "express-router",
                "express.default.Router": "express-router",
                **{name: fastify.KIND for name in fastify.APP_FACTORIES}}
ROUTER_CLASSES = {"Hono": "hono", "Router": "koa-router", "KoaRouter": "koa-router", "Koa": "koa",
                  "OpenAPIHono": "hono",  # @hono/zod-openapi's subclass of Hono
                  elysia.CLASS: elysia.KIND}
PREFIX_OPTION = ("koa-router", elysia.KIND)  # `new Router({ prefix: '/x' })`
CLIENT_FACTORIES = {"axios.create": "baseURL", "ky.create": "prefixUrl", "ky.extend": "prefixUrl",
                    "ofetch.create": "baseURL", "$fetch.create": "baseURL"}
TYPED_CLIENT_LIBRARIES = ("openapi-fetch",)  # `createClient<paths>()`: `client.GET('/items/{id}')`
ENV_ROOTS = ("process.env", "import.meta.env")
THIS = "this."  # a URL's hole naming a field of the class whose method builds it
CLASS_FIELDS = ("public_field_definition", "field_definition")
# what a request interceptor's code says when it may add keys to what a request sends
ADDING_KEYS = re.compile(rb"\b(params|data|body|json|searchParams|query)\b|\.\.\.|Object\.assign")
TYPED_GRAMMARS = ("typescript", "tsx")
# a framework's request handler for Express, which answers every path it is mounted at
REQUEST_HANDLER_ADAPTERS = (b"@react-router/express", b"@remix-run/express")
ADAPTER_HANDLER = "createRequestHandler"  # where interfaces and typed classes say a body's fields
FUNCTIONS = ("function_declaration", "function_expression", "arrow_function",
             "generator_function_declaration")


QUERY = """
(call_expression) @call
(variable_declarator name: (identifier) value: (_)) @declarator
"""
IDENTIFIERS = "(identifier) @identifier"
# a script's: also `{ order }` in an object literal, which may hand the value on
SCRIPT_IDENTIFIERS = "[(identifier) (shorthand_property_identifier)] @identifier"


@cache
def _query(grammar: str, source: str = QUERY) -> tree_sitter.Query:
    return tree_sitter.Query(LANGUAGES[grammar], source)


@kept_per_module
def extract(root: Node, grammar: str, found: dict | None = None,
            imported: frozenset[str] = frozenset(), generated: bool = False,
            typed_factories: frozenset[str] = frozenset(),
            template: components.Template | None = None, page: bool = False,
            from_packages: frozenset[str] = frozenset(),
            rpc_factories: frozenset[str] = frozenset(),
            eden_factories: frozenset[str] = frozenset(),
            identifiers: list[Node] | None = None) -> HttpFacts:
    """`found`: the captures of QUERY in `root` in document order, when the caller's query
    took them; `imported`: the names the module's imports bind (a client instance made
    elsewhere is one of them); `generated`: the file says it is generated (a generated API
    client's requests are read in it, impact.http.js_generated); `typed_factories`: the names
    imported from openapi-fetch (`createClient`, whatever it is named here); `template`: a
    component's template (impact.lang.components), whose expressions read the script's names;
    `page`: the module is a SvelteKit page, whose `data` its load function returns;
    `from_packages`: the names it imports from packages (their hooks are no app's own);
    `rpc_factories`: the names Hono's `hc` is imported as (impact.http.hono_client),
    `eden_factories` those Eden's `treaty` is (impact.http.eden_client); `identifiers`: the
    nodes SCRIPT_IDENTIFIERS captures in `root` in document order, when the caller's query
    took them."""
    if found is None:
        found = in_document_order(tree_sitter.QueryCursor(_query(grammar)).captures(root))
    module = _Reading(root, grammar, found, root.text or b"", imported)
    made = module.made_here(rpc_factories, eden_factories, typed_factories)
    module.read_servers(made)
    module.read_calls(generated)
    module.read_declarations()
    if generated:
        module.read_generated_client()
    module.read_nest_controllers()
    module.read_uses(template, page, from_packages, identifiers)
    module.read_given(from_packages)
    module.read_stores()
    return module.facts()


@dataclass
class _Reading:
    """What `extract` gathers of one module, stage by stage (each stage reads what the ones
    before it gathered)."""

    root: Node
    grammar: str
    found: dict
    source: bytes
    imported: frozenset[str]
    values: list[ValueDecl] = field(default_factory=list)
    routers: list[RouterDecl] = field(default_factory=list)
    routes: list[RouteDecl] = field(default_factory=list)
    mounts: list[MountDecl] = field(default_factory=list)
    requests: list[tuple[Node, RequestDecl]] = field(default_factory=list)
    # `fetch(url)`: a request of whatever a name holds, read only as a wrapper's
    fetched: list[tuple[Node, RequestDecl]] = field(default_factory=list)
    query_returns: list[ReturnDecl] = field(default_factory=list)  # RTK Query's hooks' `data`
    class_returns: list[ReturnDecl] = field(default_factory=list)
    wrappers: list[WrapperDecl] = field(default_factory=list)
    forwarders: list[ForwarderDecl] = field(default_factory=list)
    given: list[GivenDecl] = field(default_factory=list)
    producers: list[ProducerDecl] = field(default_factory=list)
    functions: dict[int, str] = field(default_factory=dict)  # a function's node id -> its name
    named_functions: list[tuple[str, Node]] = field(default_factory=list)
    request_functions: tuple = ()
    delegates: tuple = ()
    uses: tuple = ()
    returns: tuple = ()
    component_reads: tuple = ()
    intercepted: set[str] = field(default_factory=set)
    factories: list = field(default_factory=list)
    returning: set[str] = field(default_factory=set)
    products: dict[str, str] = field(default_factory=dict)
    local: dict[str, str] = field(default_factory=dict)
    instances: list[InstanceDecl] = field(default_factory=list)
    # the calls of `fetched` requests whose arguments are not read yet: most calls of a name
    # (`draw(mesh)`) are no request, and only a wrapper's is read on (`argued`)
    unread: set[int] = field(default_factory=set)

    def made_here(self, rpc_factories: frozenset[str], eden_factories: frozenset[str],
                  typed_factories: frozenset[str]) -> list[tuple[Node, RouterDecl]]:
        """The apps and routers made in the module (with the declarator of each); the clients
        go to `values`."""
        calls = self.found.get("call", ())
        rewritten = {owner for call in calls if (owner := _url_rewriter(call))}
        self.intercepted = {owner for call in calls if (owner := _intercepted(call))}
        made = []
        for declarator in self.found.get("declarator", ()):  # apps and clients made anywhere
            name, value = text(declarator.child_by_field_name("name")), _unwrapped(declarator)
            router = _router(name, value, declarator)
            if router is not None:
                made.append((declarator, router))
            client = _client(name, value, declarator) or \
                _rpc_client(name, value, declarator, rpc_factories) or \
                eden_client.client(name, value, declarator, eden_factories) or \
                js_generated.typed_client(name, value, declarator, typed_factories) or \
                _query_api(name, value, declarator)
            if client is not None:
                client = replace(client, adds=True) if name in self.intercepted else client
                self.values.append(replace(client, value=None) if name in rewritten else client)
            elif value.type in hono_client.MEMBERS:  # `const api = client.api`, `const { guides } = ...`
                self.values += hono_client.sub_clients(
                    declarator.child_by_field_name("name"), value, declarator, self.values,
                    self.imported if _exported(declarator) else frozenset())
        root = self.root
        if eden_factories:  # `const { api } = treaty<App>(base)`
            self.values += [client for declarator in _destructuring(root) for client in eden_client.destructured(
                declarator.child_by_field_name("name"), _unwrapped(declarator), declarator, eden_factories)]
        elif hono_client.EXPORTED_PATTERN.search(self.source):  # `export const { guides } = client.api`
            self.values += [client for declarator in _destructuring(root) if _exported(declarator)
                            for client in hono_client.sub_clients(
                                declarator.child_by_field_name("name"), _unwrapped(declarator), declarator,
                                self.values, self.imported)]
        self.values += _default_client(root) if b"export default " in self.source or \
            b"module.exports" in self.source else []
        if b"this." in self.source and (b".create(" in self.source or  # `this.http = axios.create(...)`
                                        b"export class" in self.source and  # or given elsewhere
                                        js_classes.SENT_THROUGH_A_FIELD.search(self.source)):
            # an Angular service's `HttpClient` field: impact.http.angular reads its requests
            self.values += js_classes.field_clients(_top_level_classes(root), _client, root,
                                                    given_elsewhere=angular.ANGULAR_HTTP not in self.source)
        exported = _default_router(root) if b"export default new " in self.source else None
        if exported is not None:
            made.append(exported)
        if b"return" in self.source or b"=> new " in self.source:
            made += _returned_routers(root)
        return made

    def read_servers(self, made: list[tuple[Node, RouterDecl]]) -> None:
        """The routers made here (in factories and plugins too), the instances of products
        made elsewhere, and the routers and mounts of aliases."""
        root = self.root
        factories = _factories(root, made)
        plugins = _plugins(root, self.found.get("call", ()))
        # a plugin's instance parameter is the plugin's router (the innermost plugin first)
        innermost = sorted(plugins, key=lambda p: p.function.end_byte - p.function.start_byte)
        self.factories = [(p.function.start_byte, p.function.end_byte, p.instance, p.name)
                          for p in innermost] + factories
        self.returning = {p.instance for p in plugins} | \
            {r.name for _d, r in made if r.kind in (fastify.KIND, elysia.KIND)}
        self.products = {name: function
                         for name, function in _products(self.found.get("declarator", ())).items()
                         if name not in {r.name for _d, r in made}}
        self.instances = [InstanceDecl(name, self.products[name], site(node))
                          for name, _value, node in _module_declarations(root) if name in self.products]
        if b"new " in self.source and self.imported:  # `export const api = new RookeryApi(http)`
            self.instances += _imported_instances(_module_declarations(root), self.imported)
        self.local = {name: f for name, f in self.products.items()
                      if name not in {i.name for i in self.instances}}
        self.routers = [_made_by(router, declarator, self.factories) for declarator, router in made]
        aliases = _aliases(root, self.routers)
        self.routers += [RouterDecl(p.name, fastify.SHARED_KIND if p.shared else fastify.PLUGIN_KIND, "",
                                    site(p.function), factory=True) for p in plugins]
        self.routers += [router for router, _mount in aliases]
        self.mounts += [mount for _router, mount in aliases]

    def read_calls(self, generated: bool) -> None:
        """The routes, mounts and requests of the module's calls."""
        written, imported = self.source, self.imported
        # `api.get('tickets')` is relative to its base
        may_be_clients = imported | {v.name for v in self.values if v.kind == "client"}
        field_clients = {v.name for v in self.values if v.kind == "client" and v.name.startswith("(")}
        declares_endpoints = any(word in written for word in rtk_query.DECLARING)
        registers = fastify.REGISTERING in written
        angular_module = angular.ANGULAR_HTTP in written  # `this.http.get<T>(url)` of an HttpClient
        rpc_calls = any(f".{verb}(".encode() in written for verb in hono_client.VERBS)
        eden_clients = {v.name for v in self.values if v.library == eden_client.LIBRARY} | imported
        makes_xhr = xhr.CLASS.encode() in written
        adapters = any(package in written for package in REQUEST_HANDLER_ADAPTERS)
        factories, returning = self.factories, self.returning
        for call in self.found.get("call", ()):
            for node, request, returned in _endpoint_requests(call) if declares_endpoints else ():
                self.requests.append((node, request))
                self.query_returns.extend(returned)
            self.routes.extend(replace(r, owner=_owner(r.owner, call, factories))
                               for r in _routes(call, returning) or
                               (_full_declaration(call, returning) if returning else ()) or
                               (_adapter_route(call) if adapters else ()))
            mount = _mount(call) or (_registration(call) if registers else None)
            if mount is not None:
                child = self.local.get(mount.child, mount.child)  # inside a function: what it returns
                self.mounts.append(replace(mount, parent=_owner(mount.parent, call, factories),
                                           child=_owner(child, call, factories)))
            request = _keyed_request(call) if js_hooks.hook_name(call) else \
                js_generated.request(call, generated) or \
                (xhr.request(call, url_of) if makes_xhr else None) or \
                _request(call, may_be_clients, self.unread) or \
                (hono_client.request(call) if rpc_calls else None) or \
                eden_client.request(call, eden_clients)
            if request is not None and request.url is not None and \
                    any(h.startswith(THIS) for h in request.url.holes):
                request = replace(request, url=_with_class_fields(call, request.url))
            if request is not None and field_clients and request.callee.startswith(THIS):
                request = replace(request, callee=js_classes.field_client_callee(call, request.callee,
                                                                                 field_clients))
            if request is not None and angular_module and request.callee.startswith(THIS):
                request = angular.client_request(call, request)
            if request is not None and _fetches_a_name(request):
                self.fetched.append((call, request))
            elif request is not None:
                self.requests.append((call, self.argued(call, request)))

    def argued(self, call: Node, request: RequestDecl) -> RequestDecl:
        """`request` with its arguments read, when `_request` left them for later."""
        if call.id not in self.unread:
            return request
        return replace(request, arguments=js_sent.arguments(_given(call)[0]))

    def read_declarations(self) -> None:
        """The module-level functions (wrappers of requests, producers of bodies), objects of
        methods and constants, and the requests of classes made once."""
        root, written = self.root, self.source
        fastify_module = fastify.mentioned(written)
        # the requests inside each function, by bisection: a bundle has thousands of functions
        requests_in = js_generated.within(sorted(self.requests + self.fetched, key=lambda r: r[0].start_byte),
                                          lambda request: request[0])
        if b"new " in written:  # a class made once: its methods keep values in the instance's fields
            made_once = mobx.instances(root, _module_declarations(root))
            self.functions.update(made_once)
            methods = _instance_methods(root, made_once)  # what `forge.jobs()` gives is what `jobs` returns
            self.functions.update({method.id: name for name, method in methods})
            if made_once and b"this." in written:  # a client class: requests through its transport
                through, self.class_returns = js_classes.class_requests(
                    made_once, _top_level_classes(root), [(n, v) for n, v, _node in _module_declarations(root)],
                    [r for r in self.requests + self.fetched if r[1].callee == js_classes.FETCH],
                    _constant, url_of)
                self.requests += through
            self.forwarders.extend(self._method_forwarders(methods))
        given = {v.name for v in self.values if v.given is not None}
        if given:  # a client class made in another module: its methods are `RookeryApi.rings`
            methods = [(f"{text(node.child_by_field_name('name'))}.{name}", method)
                       for node in _top_level_classes(root)
                       if any(g.startswith(f"({text(node.child_by_field_name('name'))} ") for g in given)
                       for name, method in js_classes.named_methods(node)]
            self.functions.update({method.id: name for name, method in methods})
            self.forwarders.extend(self._method_forwarders(methods))
        if angular.ANGULAR_HTTP in written:  # a service's method posting what its caller gives
            for name, method in angular.service_methods(self.requests):
                self.forwarders.extend(_forwarders(name, method, requests_in(method)))
        thunks = redux.THUNK.encode() in written
        for name, value, node in _module_declarations(root):
            creator = redux.creator(value) if thunks else None
            if creator is not None:  # a thunk's payload creator: what it returns is the thunk's payload
                self.functions[creator.id] = name
            store = js_reads.store_setup(value)
            if store is not None:  # `export const useTasks = defineStore('tasks', () => {...})`
                self.functions[store.id] = name
                self.functions.update(js_reads.store_actions(store, name))
                for action, function in _store_actions(store):  # `borrow(input)` posting `input`
                    self.forwarders.extend(_forwarders(f"{name}.{action}", function, requests_in(function)))
            if value.type in FUNCTIONS:
                self._read_function(name, value, node, requests_in(value), fastify_module)
            elif value.type == "object":  # `export const api = { get: <T>(path) => request<T>(path) }`
                for key, method in _methods_of(value):
                    requests = requests_in(method)
                    self._read_sender(f"{name}.{key}", method, requests,
                                      _wrappers(f"{name}.{key}", method, requests, self.argued))
                    self.functions[method.id] = f"{name}.{key}"
                self.values.extend(ValueDecl(f"{name}.{key}", "constant", constant, site(node))
                                   for key, constant in _constant_properties(value))
            else:
                self._read_value(name, value, node)

    def _method_forwarders(self, methods: list[tuple[str, Node]]) -> list[ForwarderDecl]:
        """The bodies the methods of a class made once forward (`createJob(job) { return
        http.post('/jobs', job) }` of `export const forge = new ForgeClient()`)."""
        found = []
        for name, method in methods:
            requests = [(c, r) for c, r in self.requests + self.fetched
                        if method.start_byte <= c.start_byte < method.end_byte]
            found += _forwarders(name, method, requests)
        return found

    def _read_function(self, name: str, function: Node, node: Node, requests: list,
                       fastify_module: bool) -> None:
        self.named_functions.append((name, function))
        self._read_sender(name, function, requests, _transport(name, function, requests, self.argued) or
                          _wrappers(name, function, requests, self.argued))
        self.functions[function.id] = name
        producer = _producer(name, function, node, fastify_module)
        if producer is not None:
            self.producers.append(producer)

    def _read_sender(self, name: str, function: Node, requests: list, wrappers: list[WrapperDecl]) -> None:
        """The function's `wrappers` (of its `requests`); without one, the parameters it hands a
        request as they are (`create(payload) { return api.post(url, payload) }`)."""
        self.wrappers.extend(wrappers)
        if not wrappers:
            self.forwarders.extend(_forwarders(name, function, requests))

    def _read_value(self, name: str, value: Node, node: Node) -> None:
        wrapped = _wrapped_handler(value)
        sent = js_bodies.handler_bodies(wrapped) if wrapped is not None else ()
        if sent:
            self.producers.append(ProducerDecl(name, sent, site(node)))
        constant = _constant(value)
        if constant is not None:
            self.values.append(ValueDecl(name, "constant", constant, site(node)))

    def read_generated_client(self) -> None:
        """A generated API client's functions that send requests, and those that hand on."""
        client_functions = self.named_functions + js_generated.static_methods(self.root)
        self.request_functions = js_generated.request_functions(client_functions, self.requests)
        self.delegates = js_generated.delegates(client_functions, self.requests,
                                                self.found.get("call", ()), self.imported)

    def read_nest_controllers(self) -> None:
        nest_routers, nest_routes = nest.controllers(self.root, self.source, self.imported)
        self.routers += nest_routers
        self.routes += nest_routes
        if any(word in self.source for word in nest.APP_CALLS):
            self.routers += [r for call in self.found.get("call", ()) if (r := nest.global_prefix(call))]

    def read_uses(self, template: components.Template | None, page: bool,
                  from_packages: frozenset[str], identifiers: list[Node] | None) -> None:
        """What the module reads of the values requests give (js_reads), and what its
        components read of their props."""
        root, source, grammar = self.root, self.source, self.grammar
        calls = self.found.get("call", [])
        components_here = _components(self.named_functions, grammar)
        observing = mobx.observes(source)
        elements = lit.may_declare(source)
        inputs = b"@Component(" in source and any(word in source for word in angular.INPUT_WORDS)
        if page or components_here or observing or elements or inputs or (template is not None and (
                template.options or b"defineProps" in source or b"$props" in source or
                b"export let" in source)) or xhr.CLASS.encode() in source or \
                any(js_reads.is_source(call) or js_hooks.hook_name(call) for call in calls):
            if identifiers is None:
                identifiers = in_document_order(tree_sitter.QueryCursor(
                    _query(grammar, SCRIPT_IDENTIFIERS)).captures(root)).get("identifier", [])
            if template is not None and template.props and b"@Component(" in source:
                template = angular.component_props(template, self.imported)
            view = _template_view(template, grammar)
            data = react_router.route_data(root) if react_router.may_be_route(source) else {}
            uses, self.returns = js_reads.extract(calls, identifiers, self.functions, view, from_packages, data)
            page_data = js_reads.page_data_use(identifiers, view, root) if page else None
            uses += (page_data,) if page_data is not None else ()
            if observing:  # what observer components read of the store instances they import
                uses += js_reads.imported_uses(identifiers, view, mobx.imported_bindings(root))
            component_reads = js_reads.component_reads(identifiers, components_here)
            if elements:
                component_reads += js_reads.custom_element_reads(identifiers, root)
            if data:  # a route module's component given its data as a prop
                uses += react_router.prop_uses(component_reads, root, data,
                                               (js_reads.reads_under, js_reads.props_under))
            if view is not None and not template.assigned_lets:  # Vue
                component_reads += js_reads.vue_component_reads(identifiers, view, root)
                if any(word in source for word in (b"$store", b"mapState", b"mapGetters", b"useStore")):
                    uses += js_reads.vuex_uses(identifiers, view, root)
            elif view is not None:  # Svelte
                component_reads += js_reads.svelte_component_reads(identifiers, view, root)
            if inputs:  # an Angular component's `@Input()` fields
                component_reads += js_reads.angular_component_reads(identifiers, view, root)
            self.uses, self.component_reads = uses, component_reads
        if js_tables.ACCESSOR.encode() in source:  # TanStack Table's column definitions
            self.component_reads += js_tables.column_reads(_module_declarations(root))

    def read_given(self, from_packages: frozenset[str]) -> None:
        """The calls of functions this module imports (not from a package) or declares, given an
        object literal: what they give a function that forwards it as a request's body; a
        call of a store's action through the store its hook gives (`const store =
        useLoanStore()`, `store.borrow({...})`) is one of `useLoanStore.borrow`."""
        own = (self.imported - from_packages) | {name for name, _function in self.named_functions}
        calls = self.found.get("call", ()) if own else ()
        stores = js_reads.store_bindings(calls) if b"Store(" in self.source else {}
        services = angular.ANGULAR_CORE in self.source  # `this.visits.create({...})` of a service held
        for call in calls:
            args = call_arguments(call)
            if not any(a.type == "object" for a in args):
                continue
            function = call.child_by_field_name("function")
            if function is None or function.type not in ("identifier", "member_expression"):
                continue
            first, dot, rest = text(function).partition(".")
            callee = f"{stores[first]}.{rest}" if first in stores and dot and "." not in rest else text(function)
            callee = angular.service_callee(call, callee) if services and first == "this" else callee
            if callee.partition(".")[0] in own:
                self.given.append(GivenDecl(callee, site(call), js_sent.arguments(args)))

    def read_stores(self) -> None:
        """What requests return through RTK Query, classes, Angular services, Redux and Vuex
        stores, and the uses named after the stores they go through."""
        root, source = self.root, self.source
        calls = self.found.get("call", [])
        self.returns += tuple(self.query_returns) + tuple(self.class_returns)
        if angular.ANGULAR_HTTP in source:  # a service's methods returning its HttpClient's requests
            self.returns += tuple(angular.service_returns(self.requests))
        if self.uses and js_reads.STORE_DEFINER.encode() not in source:  # `await store.borrow(...)`
            self.uses = js_reads.with_stores_named(self.uses, calls)
        if angular.ANGULAR_CORE in source:  # a component calling a service it holds
            self.uses = angular.with_services_named(self.uses, root)
        if redux.SLICE.encode() in source or redux.THUNK.encode() in source:  # Redux Toolkit
            kept_uses, kept = redux.kept_payloads(calls, _module_declarations(root))
            self.uses = js_reads.merged([*self.uses, *kept_uses])
            self.returns += tuple(kept)
        if b"mutations" in source and b"actions" in source or b"rootState" in source or \
                b"rootGetters" in source:  # a Vuex store, or a module reading the root store
            kept_uses, kept = vuex.kept_states(root)
            self.uses = js_reads.merged([*self.uses, *kept_uses])
            self.returns += tuple(kept)

    def facts(self) -> HttpFacts:
        root, source = self.root, self.source
        module_exports = None
        for statement in root.named_children:
            module_exports = _module_exports(statement) or module_exports
        served = _served_products(self.found.get("call", ()), self.products)
        registered = vuex.registered_modules(root, source)
        proxied = proxies.extract(root)
        additions = _library_additions(root, self.intercepted - {v.name for v in self.values})
        models = (ts_types.models(root) if self.grammar in TYPED_GRAMMARS else ()) + \
            (fastify_schemas.schema_models(root) if fastify_schemas.may_declare(source) else ()) + \
            (zod_schemas.schema_models(_module_declarations(root)) if zod_schemas.may_declare(source) else ())
        if not (self.routes or self.mounts or self.requests or self.routers or self.values or self.producers
                or self.uses or self.returns or proxied or served or self.instances or self.request_functions
                or self.delegates or additions or registered or self.given):
            return HttpFacts(module_exports=module_exports, models=models, components=self.component_reads)
        return HttpFacts(routes=_in_order(self.routes), routers=_in_order(self.routers),
                         mounts=_in_order(self.mounts), requests=_in_order(r for _c, r in self.requests),
                         wrappers=tuple(self.wrappers), request_functions=self.request_functions,
                         delegates=self.delegates, values=_in_order(self.values),
                         module_exports=module_exports, producers=_in_order(self.producers),
                         uses=_in_order(self.uses), returns=self.returns, proxies=proxied, served=served,
                         instances=tuple(self.instances), components=self.component_reads,
                         library_additions=additions, models=models, store_modules=registered,
                         forwarders=tuple(self.forwarders), given=tuple(self.given))


JSX_GRAMMARS = ("javascript", "tsx")


def _components(functions: list[tuple[str, Node]], grammar: str) -> list[tuple[str, Node]]:
    """The module-level functions that may be components: a capitalised name, JSX inside."""
    if grammar not in JSX_GRAMMARS:
        return []
    return [(name, function) for name, function in functions if name[:1].isupper() and
            (b"/>" in (body := function.text or b"") or b"</" in body)]


def _template_view(template: components.Template | None, grammar: str
                   ) -> js_reads.TemplateView | None:
    """A component's template expressions, parsed, for js_reads to follow names into."""
    if template is None or not template.program.strip():
        return None
    root = parse(grammar, template.program).root_node
    identifiers = in_document_order(
        tree_sitter.QueryCursor(_query(grammar, IDENTIFIERS)).captures(root))
    return js_reads.TemplateView(identifiers.get("identifier", []), template.loops, template.bound,
                                 template.assigned_lets, template.props, template.options)


def _in_order(declarations) -> tuple:
    return tuple(sorted(declarations, key=lambda d: (d.site.line, d.site.column)))


# -- literals ---------------------------------------------------------------------------


URL_NODES = frozenset({"string", "template_string", "binary_expression", "identifier",
                       "member_expression", "parenthesized_expression", "ternary_expression"})


def url_of(node: Node | None) -> Url | None:
    """A URL as written: a string, a template, or a `+` concatenation of those and names."""
    if node is None:
        return None
    literal = string_value(node)
    if literal is not None:
        return Url((literal,))
    if node.type == "template_string":
        parts, holes, current = [], [], ""
        for child in node.named_children:
            if child.type == "template_substitution":
                inner = child.named_children[0] if child.named_children else None
                parts.append(current)
                holes.append(text(inner) if inner is not None else "")
                current = ""
            elif child.type == "string_fragment":
                current += text(child)
            else:  # an escape sequence: not a path we can read exactly
                return None
        return Url((*parts, current), tuple(holes))
    if node.type == "binary_expression" and text(node.child_by_field_name("operator")) == "+":
        left, right = url_of(node.child_by_field_name("left")), url_of(node.child_by_field_name("right"))
        if left is None or right is None:
            return None
        return Url((*left.parts[:-1], left.parts[-1] + right.parts[0], *right.parts[1:]),
                   left.holes + right.holes)
    if node.type in ("identifier", "member_expression"):
        return Url(("", ""), (text(node),))
    if node.type == "parenthesized_expression" and node.named_child_count == 1:
        return url_of(node.named_children[0])
    if node.type == "ternary_expression":  # `status ? `/invoices?status=${status}` : '/invoices'`
        branches = [_path_of(url_of(node.child_by_field_name(side)))
                    for side in ("consequence", "alternative")]
        return branches[0] if branches[0] is not None and branches[0] == branches[1] else None
    return None


def _path_of(url: Url | None) -> Url | None:
    """A URL without its query string and fragment."""
    if url is None:
        return None
    for index, part in enumerate(url.parts):
        cut = min((part.find(mark) for mark in "?#" if mark in part), default=-1)
        if cut >= 0:
            return Url((*url.parts[:index], part[:cut]), url.holes[:index])
    return url


# -- servers ----------------------------------------------------------------------------


def _routes(call: Node, returning: set[str] | frozenset[str] = frozenset()) -> list[RouteDecl]:
    """The routes a call declares; on an owner in `returning` (a Fastify instance) a handler
    sends what it returns."""
    function = call.child_by_field_name("function")
    if function.type != "member_expression":
        return []
    method = text(function.child_by_field_name("property"))
    if method not in METHODS:
        return []
    args = call_arguments(call)
    if not args:
        return []
    owner = function.child_by_field_name("object")
    chained = _route_chain(owner)
    if chained is not None:  # router.route('/x').get(h).post(h)
        owner_text, path = chained
        return [RouteDecl(owner_text, _methods(method), path, _handler(args[-1]),
                          site(function.child_by_field_name("property")), _inline_bodies(args[-1]))]
    path = string_value(args[0])
    if len(args) < 2 or (path is None and args[0].type not in ("template_string", "regex")):
        return []
    where = site(function.child_by_field_name("property")) \
        if owner.type in ("call_expression", "new_expression") \
        else site(call)  # `app.get(...).post(...)`, `new Hono().get(...)`: each call starts where the chain does
    owner_text = _chained_owner(owner)
    path = _under_base(_chain_base(owner), path)
    owner_text, path = _grouped(owner_text, call, path)
    handler, hook = elysia.handler_and_hook(args)  # Elysia's hook: an object after the handler
    bodies = _returning_bodies(handler) if owner_text in returning else _inline_bodies(handler)
    options = args[1] if owner_text in returning and len(args) == 3 and hook is None else None
    return [RouteDecl(owner_text, _methods(method), path, _handler(handler), where, bodies,
                      fastify_schemas.response_body(options) if options is not None else None,
                      parameters=fastify_schemas.request_body(options)
                      or zod_schemas.parsed_body(handler)
                      or zod_schemas.validated_body(args[1:-1] if hook is None else args[1:-2])
                      or elysia.hook_body(hook))]


def _grouped(owner: str, call: Node, path: str | None, depth: int = 0) -> tuple[str, str | None]:
    """The app and path of a route an Elysia group's callback declares on its parameter
    (`app.group('/user', (app) => app.post('/sign-in', h))`: `/user/sign-in` on the outer app);
    the owner and path as they are else."""
    found = elysia.group_of(owner, call) if depth < MAX_GROUPS else None
    if found is None:
        return owner, path
    group, prefix = found
    outer = group.child_by_field_name("function").child_by_field_name("object")
    joined = None if prefix is None or path is None else _under_base(prefix, path)
    return _grouped(_chained_owner(outer), group, _under_base(_chain_base(outer), joined), depth + 1)


MAX_GROUPS = 8


def _full_declaration(call: Node, returning: set[str] | frozenset[str]) -> list[RouteDecl]:
    """Fastify's `fastify.route({ method: 'GET', url: '/x', handler })` on an instance in
    `returning` (`method` a string or an array of them)."""
    function = call.child_by_field_name("function")
    args = call_arguments(call)
    if function.type != "member_expression" or text(function.child_by_field_name("property")) != "route" or \
            len(args) != 1 or text(function.child_by_field_name("object")) not in returning:
        return []
    pairs = object_pairs(args[0])
    if pairs is None or "url" not in pairs or "method" not in pairs:
        return []
    given = pairs["method"]
    methods = [string_value(given)] if given.type == "string" else \
        [string_value(m) for m in given.named_children] if given.type == "array" else [None]
    handler = pairs.get("handler")
    if any(m is None for m in methods) or handler is None:
        return []
    bodies = _returning_bodies(handler)
    return [RouteDecl(text(function.child_by_field_name("object")), tuple(m.upper() for m in methods),
                      string_value(pairs["url"]), _handler(handler), site(call), bodies,
                      fastify_schemas.response_body(args[0]),
                      parameters=fastify_schemas.request_body(args[0]))]


def _chained_owner(owner: Node) -> str:
    """`app` of `app.get('/', h).post('/', h)`: a route method returns its app (Hono, Express)."""
    node, broken = _chain_end(owner)
    if broken:
        return _made_in_place(node) and _declared_chain(owner) or text(owner)
    return text(node) if node.type == "identifier" else _declared_chain(owner) or text(node)


_CHAIN_ENDS: dict[Node, tuple[Node, bool]] = per_module({})


def _chain_end(owner: Node) -> tuple[Node, bool]:
    """Where a chain of route methods below `owner` ends: the node it is called on, or (True)
    the call that is no route method. Kept for every call passed: each route of a chain of n
    asks."""
    node, passed = owner, []
    while node not in _CHAIN_ENDS:
        if node.type != "call_expression":
            _CHAIN_ENDS[node] = (node, False)
            break
        function = node.child_by_field_name("function")
        verb = text(function.child_by_field_name("property")) if function.type == "member_expression" else ""
        if verb not in (*METHODS, "use", "route", BASE_PATH) or \
                (verb == "route" and len(call_arguments(node)) != 2) or \
                (verb == BASE_PATH and _made_in_place(node)):
            _CHAIN_ENDS[node] = (node, True)
            break
        passed.append(node)
        node = function.child_by_field_name("object")
    _CHAIN_ENDS.update((call, _CHAIN_ENDS[node]) for call in passed)
    return _CHAIN_ENDS[owner]


def _chain_base(owner: Node) -> str | None:
    """`/api` of `app.basePath('/api').route('/x', sub)`: a `basePath` in a chain on a name
    serves what is chained after it under that path, on the same app (Hono's `basePath` gives a
    copy sharing the app's router); None when one is not a literal."""
    root, broken, calls = _chain_bases(owner)
    if broken or root.type != "identifier" or not calls:
        return ""
    bases = [string_value(args[0]) if len(args := call_arguments(call)) == 1 else None for call in calls]
    if any(b is None for b in bases):
        return None
    return "".join("/" + b.strip("/") for b in reversed(bases) if b.strip("/"))


_CHAIN_BASES: dict[Node, tuple[Node, bool, tuple[Node, ...]]] = per_module({})


def _chain_bases(owner: Node) -> tuple[Node, bool, tuple[Node, ...]]:
    """(the node a chain of method calls below `owner` is made on, whether a call of something
    else than a method breaks it, its `basePath` calls from the outermost), kept for every call
    passed."""
    node, passed = owner, []
    while node not in _CHAIN_BASES:
        function = node.child_by_field_name("function") if node.type == "call_expression" else None
        if function is None or function.type != "member_expression":
            _CHAIN_BASES[node] = (node, function is not None, ())
            break
        passed.append((node, function))
        node = function.child_by_field_name("object")
    root, broken, calls = _CHAIN_BASES[node]
    for call, function in reversed(passed):
        if text(function.child_by_field_name("property")) == BASE_PATH:
            calls = (call, *calls)
        _CHAIN_BASES[call] = (root, broken, calls)
    return _CHAIN_BASES[owner]


def _under_base(base: str | None, path: str | None) -> str | None:
    if not base or path is None:
        return None if base is None else path
    return base + ("" if path.startswith("/") or not path else "/") + path


BASE_PATH = "basePath"
DEFAULT_EXPORT = "default"


def _made_in_place(node: Node) -> bool:
    """`new Hono().basePath('/api')`: a chain that starts with a `new` expression."""
    while node.type in ("call_expression", "member_expression"):
        node = node.child_by_field_name("function" if node.type == "call_expression" else "object")
    return node.type == "new_expression"


def _declared_chain(node: Node) -> str | None:
    """`notes` of `const notes = new Hono().get('/', h).post('/', h)`: the name the whole
    chain is bound to (the chain's calls return the app they add routes to)."""
    node = chain_top(node)
    parent = node.parent
    if parent is not None and parent.type == "export_statement" and parent.child_by_field_name("value") == node:
        return DEFAULT_EXPORT  # `export default new Hono().get(...)`
    if parent is None or parent.type != "variable_declarator" or parent.child_by_field_name("value") != node:
        return _returning_function(node)  # `return new Elysia().get(...)`: the function's product
    name = parent.child_by_field_name("name")
    return text(name) if name.type == "identifier" else None


def _returning_bodies(handler: Node) -> tuple[BodyDecl, ...] | None:
    """What a Fastify handler sends, which is what it returns: read in place, or, for a
    named handler, what its declaration returns (resolved later: impact.http.responses)."""
    if js_bodies.is_function(handler):
        return js_bodies.returning_handler_bodies(handler)
    named = _handler(handler)
    return (BodyDecl(fastify.RETURNED, ref=named),) if named else None


def _inline_bodies(handler: Node):
    """What a handler written in the route sends; None for a named handler (read where it
    is declared: ProducerDecl)."""
    return js_bodies.handler_bodies(handler) if js_bodies.is_function(handler) else None


_ROUTE_CHAINS: dict[Node, tuple[str, str | None] | None] = per_module({})


def _route_chain(owner: Node) -> tuple[str, str | None] | None:
    """(the router, the path) of `router.route('/x')` below route methods chained on it
    (`.get(h).post(h)`), kept for every call passed."""
    node, passed, found = owner, [], None
    while node not in _ROUTE_CHAINS:
        function = node.child_by_field_name("function") if node.type == "call_expression" else None
        if function is None or function.type != "member_expression":
            break
        name = text(function.child_by_field_name("property"))
        args = call_arguments(node)
        if name == "route" and len(args) == 1:
            found = text(function.child_by_field_name("object")), string_value(args[0])
            break
        if name not in METHODS:
            break
        passed.append(node)
        node = function.child_by_field_name("object")
    else:
        found = _ROUTE_CHAINS[node]
    _ROUTE_CHAINS.update((call, found) for call in [*passed, node])
    return found


def _methods(name: str) -> tuple[str, ...]:
    return ("*",) if name == "all" else (name.upper(),)


def _adapter_route(call: Node) -> list[RouteDecl]:
    """`app.use(createRequestHandler({ build }))` (`@react-router/express`, `@remix-run/express`):
    the framework's handler answers every method of every path under the mount's prefix."""
    function = call.child_by_field_name("function")
    if function.type != "member_expression" or text(function.child_by_field_name("property")) != "use":
        return []
    args = call_arguments(call)
    prefix = string_value(args[0]) if len(args) == 2 and args[0].type == "string" else "" \
        if len(args) == 1 else None
    handler = args[-1] if args else None
    if prefix is None or handler is None or handler.type != "call_expression" or \
            text(handler.child_by_field_name("function")) != ADAPTER_HANDLER:
        return []
    owner = function.child_by_field_name("object")
    return [RouteDecl(_chained_owner(owner), ("*",), f"{prefix.rstrip('/')}/*", "", site(call))]


def _handler(node: Node) -> str:
    return text(node) if node.type in ("identifier", "member_expression") else ""


def _mount(call: Node) -> MountDecl | None:
    """`app.use('/api', auth, router)`, `app.use(router)`, `app.route('/x', sub)` (Hono),
    `app.use(router.routes())` (Koa)."""
    function = call.child_by_field_name("function")
    if function.type != "member_expression":
        return None
    name = text(function.child_by_field_name("property"))
    if name not in ("use", "route"):
        return None
    args = call_arguments(call)
    if not args or (name == "route" and len(args) != 2):
        return None
    prefix: str | None = ""
    named = None  # `app.use(API_PREFIX, router)`: a prefix if a constant, else a handler
    if args[0].type in ("string", "template_string"):
        prefix = string_value(args[0])
        args = args[1:]
    elif name == "route" or args[0].type in ("array", "regex"):
        prefix = None
    elif args[0].type == "identifier" and len(args) > 1:
        named = Url(("", ""), (text(args[0]),))
    while args and _allowed_methods(args[-1]):  # Koa: `.use('/x', r.routes(), r.allowedMethods())`
        args = args[:-1]
    if not args:
        return None
    child = _mounted(args[-1])
    if child is None:
        return None
    owner = function.child_by_field_name("object")
    return MountDecl(_chained_owner(owner), child, _under_base(_chain_base(owner), prefix), site(call),
                     prefix_from=named)


def _allowed_methods(node: Node) -> bool:
    """`router.allowedMethods()`: the Koa middleware that answers 405/501 for a router's paths,
    serving no route of its own."""
    if node.type != "call_expression":
        return False
    function = node.child_by_field_name("function")
    return function.type == "member_expression" and \
        text(function.child_by_field_name("property")) == "allowedMethods"


def _registration(call: Node) -> MountDecl | None:
    """Fastify's `app.register(plugin, { prefix })`: the plugin (a name, `fp(name)`, or a
    function written in place, named where it is) served under the prefix."""
    registered = fastify.registration(call)
    if registered is None:
        return None
    parent, plugin, prefix = registered
    function, _shared = fastify.unwrapped_plugin(plugin)
    if function is not None:
        child = fastify.written_name(plugin)
    elif plugin.type == "call_expression" and \
            text(plugin.child_by_field_name("function")) in fastify.WRAPPERS and \
            len(call_arguments(plugin)) >= 1:  # `fp(routes)`: run on this instance, no prefix
        child, prefix = _mounted(call_arguments(plugin)[0]), ""
    else:
        child = _mounted(plugin)
    return MountDecl(parent, child, prefix, site(call)) if child else None


def _plugins(root: Node, calls) -> list[fastify.Plugin]:
    """Fastify plugins, in a module that may have some (it names Fastify)."""
    source = root.text or b""
    if fastify.INSTANCE.encode() not in source:
        return []
    written = [c for c in calls if (r := fastify.registration(c)) is not None and
               fastify.unwrapped_plugin(r[1])[0] is not None]
    return fastify.plugins(root, _module_declarations(root), written, fastify.mentioned(source))


def _mounted(node: Node) -> str | None:
    if node.type in ("identifier", "member_expression"):
        return text(node)
    if node.type == "call_expression":
        function = node.child_by_field_name("function")
        args = call_arguments(node)
        if text(function) == "require" and len(args) == 1 and string_value(args[0]):
            return f"require:{string_value(args[0])}"
        if function.type == "member_expression" and \
                text(function.child_by_field_name("property")) == "routes":  # Koa
            return text(function.child_by_field_name("object"))
        if function.type == "identifier":  # `createUserRoutes()`: a factory's product
            return text(function)
    return None


Factory = tuple[int, int, str, str]  # (start, end) of a function, the router it returns, its name


def _factories(root: Node, made: list[tuple[Node, RouterDecl]]) -> list[Factory]:
    """Module-level functions that make a router and return it (`export function
    createUserRoutes() { const r = new Hono(); r.get(...); return r }`, also `return
    r.get(...)` chained): the router is the function's product, named after it."""
    found = []
    for name, value, _node in _module_declarations(root) if made else ():
        if value.type not in FUNCTIONS:
            continue
        inside = [r.name for d, r in made if value.start_byte <= d.start_byte < value.end_byte]
        if not inside:
            continue
        returned = {_chain_root(r) for r in _returned(value)}
        products = [r for r in inside if r in returned]
        if len(products) == 1 and inside.count(products[0]) == 1 and len(returned) == 1:
            found.append((value.start_byte, value.end_byte, products[0], name))
    return found


def _returned(function: Node) -> list[Node]:
    body = function.child_by_field_name("body")
    if body is None:
        return []
    if body.type != "statement_block":
        return [body]
    return [r.named_children[0] for r in js_bodies.return_statements(body) if r.named_children]


def _chain_root(node: Node) -> str:
    """`r` of `r`, `r.get(...).post(...)`, `(r)`."""
    while node.type in ("call_expression", "member_expression", "parenthesized_expression",
                        "as_expression", "satisfies_expression"):
        if node.type == "call_expression":
            node = node.child_by_field_name("function")
        elif node.type == "member_expression":
            node = node.child_by_field_name("object")
        elif node.named_children:
            node = node.named_children[0]
        else:
            break
    return text(node) if node.type == "identifier" else ""


def _made_by(router: RouterDecl, declarator: Node, factories: list[Factory]) -> RouterDecl:
    for start, end, name, function in factories:
        if start <= declarator.start_byte < end and router.name == name:
            return replace(router, name=function, factory=True)
    return router


def _owner(name: str, node: Node, factories: list[Factory]) -> str:
    """A router named in a factory is the factory's product."""
    for start, end, product, function in factories:
        if start <= node.start_byte < end and name == product:
            return function
    return name


def _served_products(calls, products: dict[str, str]) -> tuple[str, ...]:
    """Functions whose product this module serves as its root app: `createApp().listen(3000)`,
    `const app = createApp(); app.listen()`, `serve(app)`, `serve({ fetch: app.fetch })`
    (`export default app` only hands it on)."""
    served = []
    for call in calls:
        function = call.child_by_field_name("function")
        if function.type == "member_expression" and \
                text(function.child_by_field_name("property")) == "listen":
            served.append(function.child_by_field_name("object"))
        elif function.type == "identifier" and text(function) == "serve" and \
                (args := call_arguments(call)):
            pairs = object_pairs(args[0])
            fetch = pairs.get("fetch") if pairs is not None else args[0]
            if fetch is not None and fetch.type == "member_expression" and pairs is not None:
                fetch = fetch.child_by_field_name("object")
            if fetch is not None:
                served.append(fetch)
    names = []
    for node in served:
        if node.type == "call_expression" and node.child_by_field_name("function").type == "identifier":
            names.append(text(node.child_by_field_name("function")))
        elif node.type == "identifier" and text(node) in products:
            names.append(products[text(node)])
    return tuple(dict.fromkeys(names))


def _aliases(root: Node, routers: list[RouterDecl]) -> list[tuple[RouterDecl, MountDecl]]:
    """`export const tasksV1Route = app`: another name for a module-level app, which serves
    it where that name is mounted (and it is not the root app itself)."""
    known = {r.name: r for r in routers if not r.factory}
    found = []
    for name, value, node in _module_declarations(root):
        if value.type == "identifier" and text(value) in known and name not in known:
            router = known[text(value)]
            found.append((RouterDecl(name, router.kind, "", site(node)),
                          MountDecl(name, text(value), "", site(node))))
    return found


def _products(declarators) -> dict[str, str]:
    """`const taskRoute = createTaskRoute()`: names bound once to what a function returns."""
    bound: dict[str, list[str]] = {}
    for declarator in declarators:
        value = _unwrapped(declarator)
        if value.type == "call_expression" and \
                value.child_by_field_name("function").type == "identifier" and \
                text(value.child_by_field_name("function")) != "require":
            bound.setdefault(text(declarator.child_by_field_name("name")), []).append(
                text(value.child_by_field_name("function")))
    return {name: functions[0] for name, functions in bound.items() if len(functions) == 1}


def _imported_instances(declarations, imported: frozenset[str]) -> list[InstanceDecl]:
    """Module-level names bound to an instance of a class the module imports, with the names
    given to its constructor (impact.model.InstanceDecl.arguments)."""
    found = []
    for name, value, node in declarations:
        constructor = value.child_by_field_name("constructor") if value.type == "new_expression" else None
        if constructor is not None and constructor.type == "identifier" and text(constructor) in imported:
            arguments = value.child_by_field_name("arguments")
            given = tuple(text(a) if a.type == "identifier" else ""
                          for a in (arguments.named_children if arguments is not None else ()))
            if any(given):  # given a name (a client instance, maybe): `new Vector3(0, 0, 0)` is not
                found.append(InstanceDecl(name, text(constructor), site(node), given))
    return found


def _router(name: str, value: Node, node: Node) -> RouterDecl | None:
    prefix: str | None = ""
    value = _unchained(value)
    if value.type == "call_expression":  # `new Hono().basePath('/api')`
        function = value.child_by_field_name("function")
        if function.type == "member_expression" and \
                text(function.child_by_field_name("property")) == "basePath":
            inner = _router(name, function.child_by_field_name("object"), node)
            args = call_arguments(value)
            if inner is None or len(args) != 1:
                return None
            base = string_value(args[0])
            return RouterDecl(name, inner.kind, None if base is None else base, site(node))
        if function.type == "member_expression" and \
                text(function.child_by_field_name("property")) in fastify.SAME_INSTANCE:
            inner = _router(name, function.child_by_field_name("object"), node)  # the app itself
            return inner if inner is not None and inner.kind == fastify.KIND else None
        kind = ROUTER_CALLS.get(_required_name(function)) or fastify.required_app(function)
        return RouterDecl(name, kind, prefix, site(node)) if kind else None
    if value.type == "new_expression":
        constructor = text(value.child_by_field_name("constructor"))
        kind = ROUTER_CLASSES.get(constructor.rsplit(".", 1)[-1])
        if kind is None:
            return None
        args = call_arguments(value)
        if kind in PREFIX_OPTION and args:
            pairs = object_pairs(args[0])
            given = pairs.get("prefix") if pairs is not None else None
            prefix = None if pairs is None else (string_value(given) if given is not None else "")
        return RouterDecl(name, kind, prefix, site(node))
    return None


# Hono's methods that return the app they are called on (`basePath` returns a copy: not here)
SAME_APP = (*METHODS, "use", "route", "on", "notFound", "onError")


def _default_router(root: Node) -> tuple[Node, RouterDecl] | None:
    """`export default new Hono().get(...)`: a router the module exports as its default,
    named so (impact.http.names resolves a default import to a declaration of that name)."""
    for statement in root.named_children:
        value = statement.child_by_field_name("value") if statement.type == "export_statement" and \
            statement.child_by_field_name("declaration") is None else None
        if value is not None and _made_in_place(value):
            router = _router(DEFAULT_EXPORT, value, statement)
            return (statement, router) if router is not None else None
    return None


def _returned_routers(root: Node) -> list[tuple[Node, RouterDecl]]:
    """`export function createAssistantRoutes() { return new Elysia({ prefix: '/api' }).get(...) }`:
    a module-level function whose one return makes a router in place makes it for each call,
    a factory's product named after the function (as `_factories`' products)."""
    found = []
    for name, value, node in _module_declarations(root):
        returned = _returned(value) if value.type in FUNCTIONS else []
        if len(returned) == 1 and _made_in_place(_unparenthesized(returned[0])):
            router = _router(name, _unparenthesized(returned[0]), node)
            if router is not None:
                found.append((node, replace(router, factory=True)))
    return found


def _unparenthesized(node: Node) -> Node:
    while node.type == "parenthesized_expression" and node.named_children:
        node = node.named_children[0]
    return node


def _returning_function(node: Node) -> str | None:
    """The name of the module-level function that returns `node` (the top of a chain), as
    `_returned_routers` names its product."""
    parent = node.parent
    while parent is not None and parent.type == "parenthesized_expression":
        parent = parent.parent
    if parent is not None and parent.type == "return_statement":
        parent = parent.parent.parent if parent.parent is not None else None
    if parent is None or parent.type not in FUNCTIONS:
        return None
    if parent.type in ("function_declaration", "generator_function_declaration"):
        name = parent.child_by_field_name("name")
    elif parent.parent is not None and parent.parent.type == "variable_declarator":
        name = parent.parent.child_by_field_name("name")
    else:
        return None
    return text(name) if name is not None and name.type == "identifier" else None


def _default_client(root: Node) -> list[ValueDecl]:
    """`export default axios.create({ baseURL: '/api' })` (`module.exports = axios.create(...)`):
    a client instance the module exports as its default, named so (as `_default_router`'s)."""
    for statement in root.named_children:
        value = statement.child_by_field_name("value") if statement.type == "export_statement" and \
            statement.child_by_field_name("declaration") is None else _exported_value(statement)
        client = _client(DEFAULT_EXPORT, value, statement) if value is not None else None
        if client is not None:
            return [client]
    return []


def _exported_value(statement: Node) -> Node | None:
    """The value of `module.exports = value`."""
    expression = statement.named_children[0] if statement.type == "expression_statement" and \
        statement.named_children else None
    if expression is None or expression.type != "assignment_expression" or \
            text(expression.child_by_field_name("left")) != "module.exports":
        return None
    return expression.child_by_field_name("right")


def _unchained(value: Node) -> Node:
    """`new Hono()` of `new Hono().get('/', h).route('/x', sub)`: routes and mounts chained on
    a router made in place return it."""
    root = value  # what the whole chain is called on: the same below each of its calls
    while root.type in ("call_expression", "member_expression"):
        root = root.child_by_field_name("function" if root.type == "call_expression" else "object")
    if root.type != "new_expression":
        return value
    same = SAME_APP + elysia.SAME_APP if \
        text(root.child_by_field_name("constructor")).rsplit(".", 1)[-1] == elysia.CLASS else SAME_APP
    node = value
    while node.type == "call_expression":
        function = node.child_by_field_name("function")
        if function.type != "member_expression" or text(function.child_by_field_name("property")) not in same:
            break
        node = function.child_by_field_name("object")
    return node


def _required_name(function: Node) -> str:
    """A callee as written, `require('express').Router` read as `express.Router` (CommonJS)."""
    owner = function.child_by_field_name("object") if function.type == "member_expression" else None
    if owner is None or owner.type != "call_expression" or text(owner.child_by_field_name("function")) != "require":
        return text(function)
    given = call_arguments(owner)
    module = string_value(given[0]) if len(given) == 1 else None
    return f"{module}.{text(function.child_by_field_name('property'))}" if module else text(function)


# -- clients ----------------------------------------------------------------------------


def _request(call: Node, may_be_clients: set[str] | frozenset[str] = frozenset(),
             unread: set[int] | None = None) -> RequestDecl | None:
    """A call whose URL is a path or a whole URL; or, on a name that may be a client
    instance with a base URL (`may_be_clients`), a path relative to that base
    (`api.get('tickets')`, as ky's `prefixUrl` requires and axios's `baseURL` allows).
    With `unread`, the arguments of a call whose URL is a name alone are left unread, and the
    call is added to it."""
    function = called_function(call)
    if function.type not in ("identifier", "member_expression"):
        return None
    args, getter = _given(call)
    callee = text(function)
    if len(args) > 1 and (string_value(args[0]) or "").upper() in HTTP_METHODS and \
            function.type == "identifier" and callee not in BUILT_INS:
        return _method_first(call, callee, args)
    if not args or args[0].type not in URL_NODES and args[0].type != "object":
        return None  # no URL (url_of) nor options with one (`axios({ url })`)
    if callee.partition(".")[0] in BUILT_INS or callee in VUE_UNWRAPS:
        return None  # `JSON.stringify(body)`, `console.log(`/api/${x}`)`: no request
    options = args[1] if len(args) > 1 else None
    pairs = object_pairs(args[0])
    if pairs is not None:  # axios({ url, method })
        url, options = url_of(pairs.get("url")), args[0]
    else:
        url = url_of(args[0])
    if url is None or (not url.parts[0].startswith(("/", "http")) and
                       not (url.holes and url.parts[0] == "") and
                       not _relative_on_a_client(function, url, may_be_clients)):
        return None
    method: str | None = ""
    if function.type == "member_expression":
        name = text(function.child_by_field_name("property"))
        if name in METHODS:
            method = name.upper()
    if not method and options is not None:
        given = object_pairs(options)
        if given is None:
            method = None
        elif "method" in given:
            literal = string_value(given["method"])
            method = literal.upper() if literal else None
        elif "type" in given:  # jQuery's name for it: `$.ajax({ url, type: 'POST' })`
            literal = string_value(given["type"])
            method = literal.upper() if literal and literal.lower() in METHODS else None
    later = unread is not None and _a_name_alone(url)
    if later:
        unread.add(call.id)
    return RequestDecl(callee, url, method, site(call), arguments=None if later else js_sent.arguments(args),
                       getter=getter, chained=js_sent.chained(call))


def _method_first(call: Node, callee: str, args: list[Node]) -> RequestDecl | None:
    """`apiRequest('POST', '/api/contact', data)`: a call of a transport function, maybe."""
    url = url_of(args[1])
    if url is None or not (url.parts[0].startswith(("/", "http")) or url.holes and not url.parts[0]):
        return None
    return RequestDecl(callee, url, string_value(args[0]).upper(), site(call),
                       arguments=js_classes.body_options(args[2] if len(args) > 2 else None),
                       method_first=True)


def _given(call: Node) -> tuple[list[Node], bool]:
    """The arguments of a call, the URL first, and whether a getter gives the URL:
    `useFetch(() => `/plants/${toValue(id)}/`)` (a wrapper's, if any) gives what it returns."""
    args = call_arguments(call)
    getter = _getter_value(args[0]) if args else None
    return ([getter, *args[1:]], True) if getter is not None else (args, False)


def _getter_value(node: Node) -> Node | None:
    """What a function without parameters written in place returns, when that is a URL
    expression (`() => `/plants/${toValue(id)}/``)."""
    if node.type != "arrow_function" or node.child_by_field_name("parameter") is not None:
        return None
    parameters = node.child_by_field_name("parameters")
    body = node.child_by_field_name("body")
    if parameters is not None and parameters.named_children or body is None:
        return None
    return body if body.type in ("string", "template_string", "binary_expression") else None


# ECMAScript's own functions and namespaces, and the console: a call of one sends nothing,
# whatever its argument looks like (a path written to a log, a body serialised)
VUE_UNWRAPS = ("toValue", "unref")  # Vue: the value of a ref or (`toValue`) a getter; no request
UNWRAPPED = re.compile(r"(?:toValue|unref)\(\s*([\w$]+)\s*\)")
BUILT_INS = frozenset({
    "JSON", "Math", "Object", "Array", "Number", "String", "Boolean", "Date", "Promise",
    "Reflect", "Intl", "Symbol", "BigInt", "RegExp", "Error", "Map", "Set", "WeakMap",
    "WeakSet", "console", "encodeURIComponent", "encodeURI", "decodeURIComponent", "decodeURI",
    "parseInt", "parseFloat", "isNaN", "structuredClone", "atob", "btoa"})
RELATIVE_PATH = re.compile(r"[\w.~-]+(/[\w.~%:@-]*)*")


def _relative_on_a_client(function: Node, url: Url, may_be_clients: set[str] | frozenset[str]
                          ) -> bool:
    """`api.get('tickets')`, `` api.post(`tickets/${id}/close`) ``: a method call on a name
    that may be a client instance, with a relative path."""
    if function.type != "member_expression" or not may_be_clients:
        return False
    owner = function.child_by_field_name("object")
    return owner.type == "identifier" and text(owner) in may_be_clients and \
        text(function.child_by_field_name("property")) in METHODS and \
        RELATIVE_PATH.fullmatch(url.parts[0]) is not None


def _fetches_a_name(request: RequestDecl) -> bool:
    """`fetch(url)`: the URL is a name and nothing else (a wrapper's own call, or nothing
    to read)."""
    return _a_name_alone(request.url)


def _a_name_alone(url: Url) -> bool:
    return len(url.holes) == 1 and url.parts == ("", "")


def _keyed_request(call: Node) -> RequestDecl | None:
    """`useSWR('/api/x', fetcher)`, `` useSWR(id ? `/api/x/${id}` : null) ``, `useSWR(['/api/x',
    token], f)`, `useQuery({ queryKey: ['/api/x'] })`, `useQuery(['/api/x'], fetcher)`: a GET
    of the key when the key is a URL the fetcher is given — there is no fetcher here (the
    app's default one), it is named, or it takes a parameter. An inline fetcher without
    parameters ignores the key: its own request, if any, is read where it is written.
    React Query keys are judged only with one item: more may be anything. An SWR fetcher
    named for a key that is one URL is kept (`fetcher`): the URL it fetches, and what `data`
    holds, are read through it when it is a one-level wrapper."""
    hook = js_hooks.hook_call(call)
    if hook is None:
        return None
    key, fetcher = hook.key, hook.fetcher
    if fetcher is not None and fetcher.type in FUNCTIONS and not _parameters(fetcher):
        return None
    while key is not None and key.type == "parenthesized_expression" and key.named_children:
        key = key.named_children[0]
    if key is not None and key.type == "ternary_expression" and hook.swr:  # a conditional fetch
        branches = [key.child_by_field_name("consequence"), key.child_by_field_name("alternative")]
        urls = [b for b in branches if b is not None and b.type not in ("null", "undefined", "false")]
        key = urls[0] if len(urls) == 1 else None
    whole = hook.swr and key is not None and key.type != "array"
    if key is not None and key.type == "array":
        items = [i for i in key.named_children if i.type != "comment"]
        key = items[0] if items and (hook.swr or len(items) == 1) else None
    url = url_of(key) if key is not None and key.type in ("string", "template_string") else None
    if url is None or not (url.parts[0].startswith(("/", "http")) or (url.holes and url.parts[0] == "")):
        return None
    fetcher = js_hooks.fetcher_name(hook) if whole else ""
    if hook.mutation and not fetcher:
        return None  # the request is the fetcher's: not known
    return RequestDecl(text(call.child_by_field_name("function")), url, None if hook.mutation else "GET",
                       site(call), fetcher)


def _client(name: str, value: Node, node: Node) -> ValueDecl | None:
    """`axios.create({ baseURL })`, `ky.create({ prefixUrl })`: base None when unknowable
    (`baseURL: import.meta.env.VITE_API ?? '/api'` is its literal fallback, as for a constant)."""
    if value.type != "call_expression":
        return None
    factory = CLIENT_FACTORIES.get(text(value.child_by_field_name("function")))
    if factory is None:
        return None
    library = text(value.child_by_field_name("function")).split(".")[0].lstrip("$")
    args = call_arguments(value)
    pairs = object_pairs(args[0]) if args else {}
    if pairs is None:
        return ValueDecl(name, "client", None, site(node), library)
    base = pairs.get(factory)
    value = Url(("",)) if base is None else url_of(base) or _constant(base)
    adds = any(key in pairs for key in ("params", "searchParams", "data", "json", "body", "hooks",
                                        "transformRequest", "onRequest"))
    return ValueDecl(name, "client", value, site(node), library, adds)


def _rpc_client(name: str, value: Node, node: Node, factories: frozenset[str]) -> ValueDecl | None:
    """`const client = hc<AppType>('/')`: a Hono RPC client under its base URL."""
    base = hono_client.base_argument(value, factories)
    if base is None:
        return None
    url = None if base is True else url_of(base) or _constant(base)
    return hono_client.client(name, url, node)


def _exported(declarator: Node) -> bool:
    """Whether a declarator is one of an `export const ...` at the module's top level."""
    statement = declarator.parent
    return statement is not None and statement.parent is not None and \
        statement.parent.type == "export_statement" and statement.parent.parent is not None and \
        statement.parent.parent.type == "program"


LIBRARY_DEFAULTS = re.compile(rb"(?<![\w$.])([A-Za-z_$][\w$]*)\.defaults\.(params|data)\b")


def _library_additions(root: Node, intercepted: set[str]) -> tuple[str, ...]:
    """The names (of an HTTP library, as the module imports it) whose every request this
    module may add keys to: a request interceptor on a name no client of this module is
    (`axios.interceptors.request.use(...)`), or defaults set on one (`axios.defaults.params =
    { key }`, `axios.defaults.data`). Which library each name is, is read where it is used
    (impact.http.clients)."""
    source = root.text or b""
    defaults = {match.group(1).decode() for match in LIBRARY_DEFAULTS.finditer(source)} \
        if b".defaults." in source else set()  # the search tries an identifier at every byte
    return tuple(sorted({name for name in intercepted | defaults if "." not in name}))


def _intercepted(call: Node) -> str | None:
    """`api.interceptors.request.use(...)`: the instance whose requests an interceptor may add
    keys to — one that is not written here, or whose code names what requests send or spreads
    (one that only sets `config.headers.Authorization` adds none). `ky.create({ hooks })`,
    axios's `transformRequest` and ofetch's `onRequest` are read in _client."""
    owner, _dot, rest = text(call.child_by_field_name("function")).partition(".interceptors.")
    if rest != "request.use":
        return None
    args = call_arguments(call)
    if not args or args[0].type not in FUNCTIONS:
        return owner
    return owner if ADDING_KEYS.search(args[0].text or b"") else None


def _url_rewriter(call: Node) -> str | None:
    """`api.interceptors.request.use((config) => { config.url = ... })`: the instance whose
    request interceptor rewrites each request's `url` or `baseURL`, so the URL a call names
    is not the one sent."""
    function = text(call.child_by_field_name("function"))
    owner, _dot, rest = function.partition(".interceptors.")
    if rest != "request.use":
        return None
    args = call_arguments(call)
    if not args or args[0].type not in FUNCTIONS:
        return None
    parameters = _parameters(args[0])
    config = parameters[0] if parameters else ""
    for node in descendants(args[0]):
        if node.type in ("assignment_expression", "augmented_assignment_expression"):
            left = node.child_by_field_name("left")
            if left.type == "member_expression" and \
                    text(left.child_by_field_name("property")) in ("url", "baseURL") and \
                    text(left.child_by_field_name("object")) == config:
                return owner
    return None


def _query_api(name: str, value: Node, node: Node) -> ValueDecl | None:
    """RTK Query's `createApi({ baseQuery: fetchBaseQuery({ baseUrl }) })`: a client of that base
    URL; of an unknown one with another base query (or options that may add to requests)."""
    made = rtk_query.base_url(value)
    if made is None:
        return None
    plain, base = made
    url = None if not plain else Url(("",)) if base is None else url_of(base) or _constant(base)
    return ValueDecl(name, "client", url, site(node), rtk_query.LIBRARY)


def _endpoint_requests(call: Node) -> list[tuple[Node, RequestDecl, list[ReturnDecl]]]:
    """The requests of the endpoints an RTK Query API declares (each where its URL is written,
    on the API object), with what their generated hooks give (the response, under `data`)."""
    found = []
    for endpoint in rtk_query.endpoints(call):
        url = url_of(endpoint.url)
        if url is None:
            continue
        given = [endpoint.url] + ([endpoint.options] if endpoint.options is not None else [])
        request = RequestDecl(f"{endpoint.owner}.{endpoint.name}", url, endpoint.method, site(endpoint.url),
                              arguments=js_sent.arguments(given))
        found.append((endpoint.url, request, [ReturnDecl(hook, request.site, (), rtk_query.DATA)
                                              for hook in endpoint.hooks]))
    return found


def _constant(value: Node, choice: bool = True) -> Url | None:
    """A base-URL constant: a literal, a template, a name followed by a string (`base +
    '/api'`), or an environment variable with a literal fallback (`process.env.API ?? '/api'`,
    `import.meta.env.VITE_API || 'http://localhost:8000'`), or (with `choice`) a condition
    choosing between two of those."""
    literal = string_value(value)
    if literal is not None:
        return Url((literal,)) if literal.startswith(("/", "http")) or literal == "" else None
    if value.type == "template_string":
        return url_of(value)
    if value.type == "binary_expression" and text(value.child_by_field_name("operator")) == "+" and \
            value.child_by_field_name("left").type in ("identifier", "member_expression"):
        joined = url_of(value)  # `base + '/api'`, as `${base}/api`; not `width + height`
        return joined if joined is not None and any(p.startswith("/") for p in joined.parts[1:]) else None
    if value.type == "binary_expression" and text(value.child_by_field_name("operator")) in ("??", "||"):
        left = value.child_by_field_name("left")
        if text(left).startswith(ENV_ROOTS):
            fallback = string_value(value.child_by_field_name("right"))
            if fallback is not None and fallback.startswith(("/", "http")):
                return Url((fallback,))
    if value.type == "ternary_expression" and choice:  # `dev ? 'http://localhost:8000/api' : '/api'`
        return _same_path(_constant(value.child_by_field_name("consequence"), choice=False),
                          _constant(value.child_by_field_name("alternative"), choice=False))
    return None


def _instance_methods(root: Node, made_once: dict[int, str]) -> list[tuple[str, Node]]:
    """The methods of the module's classes made once (`made_once`: class id -> the instance's
    name), each named `<instance>.<method>`."""
    return [(f"{made_once[node.id]}.{name}", method) for node in _top_level_classes(root)
            if node.id in made_once for name, method in js_classes.named_methods(node)]


def _top_level_classes(root: Node) -> list[Node]:
    found = []
    for statement in root.named_children:
        declared = statement.child_by_field_name("declaration") if statement.type == "export_statement" \
            else statement
        if declared is not None and declared.type == "class_declaration":
            found.append(declared)
    return found


def _with_class_fields(call: Node, url: Url) -> Url:
    """A URL built in a class's method with the class's own fields (`${this.baseUrl}/${id}`),
    each such field written in place by the value it is declared with (`private readonly
    baseUrl = `${environment.apiUrl}/berths``) when the class never assigns it elsewhere."""
    body = ancestor(call, ("class_body",))
    if body is None:
        return url
    fields = {}
    for member in body.named_children:
        name, value = member.child_by_field_name("name"), member.child_by_field_name("value")
        if member.type in CLASS_FIELDS and name is not None and value is not None:
            fields[f"{THIS}{text(name)}"] = _constant(value)
    written = body.text or b""
    for index in reversed(range(len(url.holes))):
        hole = url.holes[index]
        field = fields.get(hole)
        if field is not None and f"{hole} =".encode() not in written:
            url = _spliced(url, index, field)
    return url


def _spliced(url: Url, index: int, value: Url) -> Url:
    """`url` with its hole `index` replaced by `value`'s pieces."""
    before, after = url.parts[index], url.parts[index + 1]
    inner = list(value.parts)
    inner[0] = before + inner[0]
    inner[-1] = inner[-1] + after
    return Url((*url.parts[:index], *inner, *url.parts[index + 2:]),
               (*url.holes[:index], *value.holes, *url.holes[index + 1:]))


def _constant_properties(value: Node) -> list[tuple[str, Url]]:
    """The base-URL constants an object constant holds (`export const environment = {
    apiUrl: '/api' }`: `environment.apiUrl`), when it holds no spread."""
    pairs = object_pairs(value)
    found = [(key, _constant(given)) for key, given in (pairs or {}).items()
             if given is not None and given.type != "shorthand_property_identifier"]
    return [(key, constant) for key, constant in found if constant is not None]


def _same_path(first: Url | None, second: Url | None) -> Url | None:
    """Either of two literal base URLs when both name the same path of this application
    (a localhost URL or a relative path), else None: which one is used is not known."""
    if first is None or second is None or first.holes or second.holes:
        return None
    path = paths.client_path(first.parts[0] or "/")
    return second if path is not None and path == paths.client_path(second.parts[0] or "/") else None


def _wrappers(name: str, function: Node, requests: list[tuple[Node, RequestDecl]],
              argued: Callable[[Node, RequestDecl], RequestDecl]) -> list[WrapperDecl]:
    """`function apiFetch(path, { method = 'GET' } = {}) { return fetch(`/api${path}`, { method }) }`:
    a request inside the function (`requests`: those in it) whose URL ends with one of its
    parameters (`argued`: the request with its arguments read)."""
    if not requests:
        return []
    parameters = _parameters(function)
    found = []
    for call, request in requests:
        if not request.url.holes:
            continue
        last = request.url.holes[-1]
        unwrapped = UNWRAPPED.fullmatch(last)  # `fetch(`${API}${toValue(path)}`)`
        last = unwrapped.group(1) if unwrapped else last
        if last not in parameters or request.url.parts[-1] or request.url.parts[-2].endswith("/"):
            continue  # not the end of the URL, or one segment of it (`/users/${id}`): not a path
        if any(mark in part for part in request.url.parts[:-1] for mark in "?#"):
            continue  # a query value (`/products?page=${page}`): the call is a request itself
        index = parameters.index(last)
        option = _method_from_options(call, parameters[index + 1:])
        forwards = index == 0 and request.callee == js_classes.FETCH and \
            _forwards_init(call, parameters[1:2])
        body = _given_body(call, parameters) if request.method_first else None
        found.append(WrapperDecl(name, index, argued(call, request), option, unwraps=unwrapped is not None,
                                 body_parameter=body, forwards_init=forwards))
    return found[:1] if len(found) == 1 else []


# the options whose value is sent as the JSON body as it is (ky's, Hono's RPC client's `{ json }`)
JSON_OPTIONS = ("json",)


def _forwarders(name: str, function: Node, requests: list[tuple[Node, RequestDecl]]) -> list[ForwarderDecl]:
    """The arguments of the function's requests that are its parameters as they are (or
    stringified into an option: `{ body: JSON.stringify(payload) }`, or as a JSON option: `{
    json: payload }`), each read nowhere else in the function (nothing adds to what the caller
    gives)."""
    if not requests:
        return []
    parameters, found, mentioned = _parameters(function), [], None
    for call, request in requests:
        for index, given in enumerate(call_arguments(call)):
            for option, value in [("", given), *(object_pairs(given) or {}).items()]:
                sent = value if option in JSON_OPTIONS or not option else _stringified(value)
                written = text(sent) if sent is not None and sent.type == "identifier" else ""
                if not written or written not in parameters:
                    continue
                mentioned = mentioned or _identifiers(function.child_by_field_name("body") or function)
                if mentioned[written] == 1:
                    found.append(ForwarderDecl(name, parameters.index(written), index, request.site, option))
    return found


def _identifiers(node: Node) -> Counter[str]:
    """How many times each name is written below `node` (a word of a string is none)."""
    return Counter(text(n) for n in descendants(node)
                   if n.type in ("identifier", "shorthand_property_identifier"))


def _stringified(value: Node) -> Node | None:
    """What `JSON.stringify(x)` is given, when it is given one thing."""
    given = call_arguments(value) if value.type == "call_expression" and \
        text(value.child_by_field_name("function")) == "JSON.stringify" else []
    return given[0] if len(given) == 1 else None


def _given_body(call: Node, parameters: list[str]) -> int | None:
    """The parameter a wrapper gives a transport as its body (`request('POST', path, body)`)."""
    given = call_arguments(call)
    body = given[2] if len(given) > 2 else None
    return parameters.index(text(body)) if body is not None and body.type == "identifier" and \
        text(body) in parameters else None


def _transport(name: str, function: Node, requests: list[tuple[Node, RequestDecl]],
               argued: Callable[[Node, RequestDecl], RequestDecl]) -> list[WrapperDecl]:
    """A function that sends its method, URL and body parameters (js_classes.function_transport,
    or through an `XMLHttpRequest`: xhr.transport; `argued`: a request with its arguments read)."""
    fetches = [(c, r) for c, r in requests if r.callee == js_classes.FETCH]
    found = js_classes.function_transport(name, function, fetches) if fetches else None
    if found is not None:
        return [WrapperDecl(name, found.url, argued(*fetches[0]), method_parameter=found.method,
                            body_parameter=found.body)]
    opened = [(c, r) for c, r in requests if r.callee == xhr.CALLEE]
    parameters = xhr.transport(function, *opened[0]) if len(opened) == 1 else None
    if parameters is None:
        return []
    url, method, body = parameters
    return [WrapperDecl(name, url, argued(*opened[0]), method_parameter=method, body_parameter=body)]


def _store_actions(store: Node) -> list[tuple[str, Node]]:
    """A pinia store's actions by name: the functions its setup function declares at its top,
    or the methods of its options' `actions` (`actions: { async save(payload) {...} }`)."""
    if store.type != "object":
        return js_reads.setup_functions(store)
    actions = (object_pairs(store) or {}).get("actions")
    return _methods_of(actions) if actions is not None and actions.type == "object" else []


def _methods_of(literal: Node) -> list[tuple[str, Node]]:
    """The functions an object literal holds under a plain key (`get: (path) => ...`,
    `async post(path, body) {...}`), by key."""
    found = []
    for child in literal.named_children:
        if child.type == "pair" and child.child_by_field_name("key").type == "property_identifier":
            value = child.child_by_field_name("value")
            if value.type in ("arrow_function", "function_expression", "function"):
                found.append((text(child.child_by_field_name("key")), value))
        elif child.type == "method_definition" and \
                child.child_by_field_name("name").type == "property_identifier":
            found.append((text(child.child_by_field_name("name")), child))
    return found


def _forwards_options(options: Node, later_parameters: list[str]) -> bool:
    """`{ ...init, headers: {...} }`: options that spread a later parameter of the wrapper
    and name no method of their own."""
    spread = [c.named_children[0] for c in options.named_children
              if c.type == "spread_element" and c.named_children]
    if not any(s.type == "identifier" and text(s) in later_parameters for s in spread):
        return False
    return not _own_keys(options) & {"method", "'method'", '"method"'}


def _own_keys(options: Node) -> set[str]:
    """The keys an object literal writes itself, as written (not those it spreads)."""
    return {text(c) if c.type == "shorthand_property_identifier" else
            text(c.child_by_field_name("key")) for c in options.named_children
            if c.type in ("pair", "shorthand_property_identifier")}


def _parameters(function: Node) -> list[str]:
    node = function.child_by_field_name("parameters") or function.child_by_field_name("parameter")
    if node is None:
        return []
    if node.type == "identifier":
        return [text(node)]
    names = []
    for parameter in node.named_children:
        pattern = parameter.child_by_field_name("pattern") if parameter.type.endswith("_parameter") \
            else parameter
        if pattern is not None and pattern.type == "assignment_pattern":
            pattern = pattern.child_by_field_name("left")
        names.append(text(pattern) if pattern is not None and pattern.type == "identifier" else "")
    return names


def _forwards_init(call: Node, init: list[str]) -> bool:
    """Whether a `fetch` call's options are the wrapper's parameter `init` as it is, or spread
    into options that set no method or body of their own."""
    args = call_arguments(call)
    options = args[1] if len(args) > 1 else None
    if options is None or not init:
        return False
    if options.type == "identifier":
        return text(options) == init[0]
    return options.type == "object" and _forwards_options(options, init) and \
        not _own_keys(options) & {"body", "'body'", '"body"'}


def _method_from_options(call: Node, later_parameters: list[str]) -> bool:
    """Whether the request's options take their method from the wrapper's caller: a
    parameter after the path passed as they are (`fetch(url, init)`), spread into options
    that set no method (`{ ...init, headers }`), or whose method is read from it."""
    args = call_arguments(call)
    options = args[1] if len(args) > 1 else None
    if options is not None and options.type == "identifier":
        return text(options) in later_parameters
    if options is not None and options.type == "object" and _forwards_options(options, later_parameters):
        return True
    pairs = object_pairs(options)
    if pairs is None or "method" not in pairs:
        return False
    value = pairs["method"]
    return value.type == "shorthand_property_identifier" or (
        value.type == "member_expression" and
        text(value.child_by_field_name("object")) in later_parameters)


# -- module level -----------------------------------------------------------------------


def _wrapped_handler(value: Node) -> Node | None:
    """The handler inside `asyncHandler(async (req, res) => {...})`, `catchAsync(fn)`: a call
    whose one argument is a function (which the wrapper calls with the same arguments)."""
    if value.type != "call_expression":
        return None
    args = call_arguments(value)
    return args[0] if len(args) == 1 and args[0].type in FUNCTIONS else None


def _producer(name: str, function: Node, node: Node, fastify_module: bool) -> ProducerDecl | None:
    """A module-level function that sends JSON (a named handler) or returns an object
    literal (a serializer); and what it sends when it is a Fastify handler (a function of a
    module that names Fastify, or whose second parameter is Fastify's `reply`)."""
    producer = _plain_producer(name, function, node)
    if not (fastify_module or fastify.replies(function)):
        return producer
    returning = js_bodies.returning_handler_bodies(function)
    if not returning or (producer is not None and returning == producer.bodies):
        return producer
    if producer is None:  # as any other handler: unknown
        return ProducerDecl(name, (js_bodies.OPEN,), site(node), returning)
    return replace(producer, returning=returning)


def _plain_producer(name: str, function: Node, node: Node) -> ProducerDecl | None:
    sent = js_bodies.handler_bodies(function)
    if sent and sent != (js_bodies.OPEN,):
        return ProducerDecl(name, sent, site(node))
    # a function that gives its parameters to others (read as a handler handing its response
    # on) and returns a serializer's value: that
    returned = js_bodies.returned_bodies(function)
    return ProducerDecl(name, returned or sent, site(node)) if returned or sent else None


def _unwrapped(declarator: Node) -> Node:
    value = declarator.child_by_field_name("value")
    while value.type in ("await_expression", "parenthesized_expression", "as_expression",
                         "satisfies_expression") and value.named_children:
        value = value.named_children[0]
    return value


def _destructuring(root: Node) -> list[Node]:
    """The module-level declarators that destructure a value (`const { api } = ...`)."""
    found = []
    for statement in root.named_children:
        statement = statement.child_by_field_name("declaration") or statement \
            if statement.type == "export_statement" else statement
        if statement.type in ("lexical_declaration", "variable_declaration"):
            found += [d for d in statement.named_children if d.type == "variable_declarator" and
                      d.child_by_field_name("name").type == "object_pattern" and
                      d.child_by_field_name("value") is not None]
    return found


def _module_declarations(root: Node):
    """(name, value, declarator) of module-level `const x = ...`, function declarations and
    CommonJS `exports.x = function` / `module.exports.x = ...`."""
    for statement in root.named_children:
        exported = _commonjs_export(statement)
        if exported is not None:
            yield exported
            continue
        if statement.type == "export_statement":
            value = statement.child_by_field_name("value")
            if value is not None and value.type == "object":  # `export default { get() {...} }`
                yield DEFAULT_EXPORT, value, statement
            statement = statement.child_by_field_name("declaration") or statement
        if statement.type in ("lexical_declaration", "variable_declaration"):
            for declarator in statement.named_children:
                name = declarator.child_by_field_name("name") \
                    if declarator.type == "variable_declarator" else None
                if name is not None and name.type == "identifier" and \
                        declarator.child_by_field_name("value") is not None:
                    yield text(name), _unwrapped(declarator), declarator
        elif statement.type in ("function_declaration", "generator_function_declaration"):
            name = statement.child_by_field_name("name")
            if name is not None:
                yield text(name), statement, statement


def _commonjs_export(statement: Node) -> tuple[str, Node, Node] | None:
    if statement.type != "expression_statement" or not statement.named_children:
        return None
    expression = statement.named_children[0]
    if expression.type != "assignment_expression":
        return None
    left, right = expression.child_by_field_name("left"), expression.child_by_field_name("right")
    if left.type != "member_expression" or right.type not in FUNCTIONS or \
            text(left.child_by_field_name("object")) not in ("exports", "module.exports"):
        return None
    return text(left.child_by_field_name("property")), right, expression


def _module_exports(statement: Node) -> str | None:
    if statement.type != "expression_statement" or not statement.named_children:
        return None
    expression = statement.named_children[0]
    if expression.type != "assignment_expression":
        return None
    left, right = expression.child_by_field_name("left"), expression.child_by_field_name("right")
    if text(left) == "module.exports" and right.type == "identifier":
        return text(right)
    return None
