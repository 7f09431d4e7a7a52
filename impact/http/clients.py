"""The requests a revision sends: each call to `fetch`, axios (and its instances), ky,
jQuery (`$.get`, `$.post`, `$.getJSON`, `$.ajax`), Nuxt's `useFetch`/`$fetch` or a
one-level wrapper of those (a module-level function, or one an object holds: `api.get(path)`;
a Vue composable reading its path with `toValue` also takes a getter for it), with the method
and the normalised path it asks for; the GET an SWR or React Query hook sends for a key that
is a URL (`useSWR('/api/x', fetcher)`), and the request `useSWRMutation(key, fetcher)`'s
fetcher sends for its key; and, in Python test files, the requests of the app's test clients
(impact.http.py_clients).

A URL's leading `${BASE}` (or `BASE + ...`) is read from the constant it names, followed
across modules; a constant whose value is only known at run time (an environment variable
without a literal fallback) makes the call *unresolved*, and so does a hole inside a segment
(`/x${query}`): such a call is kept with the literal start of its path, as a possible caller,
and never judged. Calls to other hosts are dropped. A development proxy of the frontend
(`server.proxy` in its `vite.config.*`, `devServer.proxy` in its `webpack.config.*` or
`vue.config.*`, `rewrites` in its `next.config.*`, `proxy` in its `package.json`) rewrites
the paths it takes as the backend will see them.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, replace
from weakref import WeakKeyDictionary

from impact.graph import SymbolGraph
from impact.http import hono_client, paths, xhr
from impact.http.angular import ANGULAR_CLIENT
from impact.http.client_functions import request_function_calls
from impact.http.js_classes import TRANSPORT, with_given
from impact.http.js_generated import BODY_OF_GENERATED, TYPED_CLIENT, TYPED_VERBS
from impact.http.js_reads import JSON
from impact.http.js_sent import Sent, sent, sent_at
from impact.http.names import class_home, resolve
from impact.http.proxies import proxy_to
from impact.http.routes import NEXT_CONFIGS
from impact.model import (
    ArgumentDecl,
    ForwarderDecl,
    GivenDecl,
    InstanceDecl,
    ProxyDecl,
    RequestDecl,
    ReturnDecl,
    Site,
    Url,
    ValueDecl,
    WrapperDecl,
)
from impact.public_api import is_test_path

FETCHES = {"fetch", "window.fetch", "globalThis.fetch", "self.fetch", "$fetch", "ofetch"}
FETCH = "fetch"
# the modules whose functions SvelteKit gives a request event, with its `fetch`: loads,
# actions and endpoints of `src/routes/`, and the server hooks
SVELTEKIT_SERVER_MODULES = ("+page.server.", "+layout.server.", "+server.", "hooks.server.")
LIBRARIES = {"axios": "axios", "ky": "ky", "ofetch": "ofetch", "redaxios": "axios",
             "superagent": "superagent"}
QUERY_HOOKS = {("swr", "default"), ("swr", "useSWR"), ("swr/immutable", "default"),
               ("swr/mutation", "default"), ("swr/mutation", "useSWRMutation"),
               *((library, hook) for library in ("@tanstack/react-query", "react-query",
                                                 "@tanstack/vue-query", "@tanstack/solid-query")
                 for hook in ("useQuery", "useSuspenseQuery"))}
NUXT_FETCHES = ("useFetch", "useLazyFetch")  # ofetch's options; the body in the ref `data`
REF = "(ref)"  # the last step of a body access: the value held by a Vue ref (impact.http.reads)
NUXT_BODY = ("data", REF)
NUXT_MODULES = ("#app", "#imports", "nuxt/app")
JQUERY_NAMES = ("$", "jQuery")
JQUERY_MODULES = ("jquery",)
JQUERY_METHODS = {"get": "GET", "getJSON": "GET", "post": "POST", "ajax": None}  # None: as given
PARSED = {"fetch": (JSON,), "axios": ("data",), "ky": (JSON,), "ofetch": (), "hono": (JSON,),  # result -> body
          "rtk-query": (), "angular": (), "superagent": ("body",), "eden": ("data",), "xhr": (),
          TYPED_CLIENT: ("data",)}  # openapi-fetch: `const { data, error } = await client.GET(path)`
ANGULAR = "angular"  # Angular's HttpClient, as impact.http.javascript names its requests' callee
MAX_DEPTH = 4
HOLE, DYNAMIC = "\0", "\1"
Steps = tuple[str, ...]
PROXY_CONFIGS = re.compile(r"^(vite|vitest|webpack|vue)(\.[\w-]+)?\.config\.[cm]?[jt]s$|^webpack\.[\w.-]+\.[cm]?js$")


@dataclass(frozen=True)
class ClientCall:
    """A request: `path` when it is known exactly, else `start` (its literal leading segments,
    the last possibly partial) when the call is resolved but its path is not."""

    method: str | None  # None: any
    path: paths.Path | None
    start: tuple[str, ...] | None
    file: str
    site: Site
    written: str
    # (returned, body): a read at steps X of the call's result reads the response body at
    # X, after `returned + X` begins with `body` (`.json()` for fetch, `.data` for axios);
    # `returned` is what a wrapper adds. None: the body cannot be told.
    access: tuple[Steps, Steps] | None = None
    # a call of a generated client's request function: the function and where its request
    # is written (`ItemsService.readItems` (frontend/src/client/sdk.gen.ts:294)), else ""
    through: str = ""
    # the keys it sends, by the library that sends it (impact.http.js_sent): None when not read
    sent: Sent | None = None

    def may_reach(self, path: paths.Path) -> bool:
        """Whether this unresolved call could ask for `path`."""
        if self.start is None:
            return False
        *whole, partial = self.start if self.start else ("",)
        if len(path) < len(whole) + (1 if partial else 0):
            return False
        for mine, theirs in zip(whole, path):
            if not paths.is_parameter(theirs) and mine != theirs:
                return False
        if partial:
            theirs = path[len(whole)]
            return paths.is_parameter(theirs) or theirs.startswith(partial)
        return True


def client_calls(graph: SymbolGraph) -> list[ClientCall]:
    calls = []
    proxies = _proxies(graph)
    added_to = _libraries_added_to(graph)
    for module, facts in sorted(graph.facts.items()):
        # a wrapper's own call, a generated client's request function's: not a request
        inner = {w.request for w in facts.http.wrappers} | \
            {f.request for f in facts.http.request_functions}
        for request in facts.http.requests:
            if request in inner:
                continue
            resolved = _resolve_request(graph, module, request, 0)
            if resolved is None:
                continue
            if resolved.library in added_to:  # what it sends is not all written here
                resolved = replace(resolved, library="")
            call = _call(resolved, module, request.site, _with_made_arguments(graph, module, request))
            calls.append(_proxied(call, proxies) if call is not None else None)
    calls.extend(_proxied(call, proxies) for call in _function_calls(graph))
    calls.extend(_test_client_calls(graph))
    return [c for c in calls if c is not None]


def forwarded_calls(graph: SymbolGraph) -> list[ClientCall]:
    """The requests a function sends with a body its caller gives (`placeOrder(payload)` posting
    `payload`, impact.model.ForwarderDecl): one at each call of the function given an object
    literal there (`placeOrder({ remedy_id, patient })`), as what that request sends (IMP405);
    the request itself is judged at its own site, where its body is not known."""
    forwarders = {(module, f.name): (module, f) for module, facts in graph.facts.items()
                  for f in facts.http.forwarders}
    if not forwarders:
        return []
    added_to, calls = _libraries_added_to(graph), []
    for module, facts in sorted(graph.facts.items()):
        for given in facts.http.given:
            target = resolve(graph, module, given.callee)
            for home, forwarder in [forwarders[target]] if target in forwarders else ():
                call = _forwarded(graph, home, forwarder, module, given, added_to)
                if call is not None:
                    calls.append(call)
    return calls


def _forwarded(graph: SymbolGraph, home: str, forwarder: ForwarderDecl, module: str, given: GivenDecl,
               added_to: frozenset[str]) -> ClientCall | None:
    request = next((r for r in graph.facts[home].http.requests if r.site == forwarder.request), None)
    if request is None or forwarder.parameter >= len(given.arguments):
        return None
    argument = _made(graph, module, given.arguments[forwarder.parameter])
    sending = with_given(request, forwarder.argument, argument, forwarder.option) if argument.known else None
    resolved = _resolve_request(graph, home, request, 0) if sending is not None else None
    if resolved is None or resolved.library in added_to:
        return None
    call = _call(resolved, module, given.site, sending)
    return None if call is None or call.sent is None else \
        replace(call, through=f"`{forwarder.name}` ({home}:{request.site.line})")


def _with_made_arguments(graph: SymbolGraph, module: str, request: RequestDecl) -> RequestDecl:
    """The request with each argument a module-level function makes (`orderPayload(form)`)
    read as the one object literal that function returns, when it returns one."""
    if not request.arguments or not any(a.made_by or a.inner_made for a in request.arguments):
        return request
    return replace(request, arguments=tuple(_made(graph, module, a) for a in request.arguments))


def _made(graph: SymbolGraph, module: str, argument: ArgumentDecl) -> ArgumentDecl:
    if argument.made_by:
        keys = _made_keys(graph, module, argument.made_by)
        return argument if keys is None else ArgumentDecl(True, keys)
    inner = [(key, _made_keys(graph, module, maker)) for key, maker in argument.inner_made]
    known = [(key, keys) for key, keys in inner if keys is not None]
    return replace(argument, objects=argument.objects + tuple(key for key, _keys in known),
                   inner=argument.inner + tuple((key, name) for key, keys in known for name in keys),
                   inner_made=())


def _made_keys(graph: SymbolGraph, module: str, maker: str) -> tuple[str, ...] | None:
    """The keys of the one object literal module-level function `maker` returns, if it does."""
    target = resolve(graph, module, maker)
    producers = [p for p in graph.facts[target[0]].http.producers if p.name == target[1]] \
        if target is not None and target[0] in graph.facts else []
    bodies = producers[0].bodies if len(producers) == 1 else ()
    if len(bodies) != 1 or bodies[0].kind != "object" or bodies[0].spreads or bodies[0].many:
        return None  # not known
    return tuple(f.name for f in bodies[0].fields)


def _libraries_added_to(graph: SymbolGraph) -> frozenset[str]:
    """The HTTP libraries some module adds keys to every request of (`axios.defaults.params`,
    a request interceptor on `axios` itself): what a call of one sends is not known."""
    return frozenset(LIBRARIES[imp.source] for module, facts in graph.facts.items()
                     for name in facts.http.library_additions for imp in facts.imports
                     if imp.local == name and imp.source in LIBRARIES)


def _function_calls(graph: SymbolGraph) -> list[ClientCall]:
    """The requests code written by hand sends through a generated client: each call of a
    request function, sending the function's request (impact.http.client_functions)."""
    calls = []
    for called in request_function_calls(graph):
        request = called.function.request
        resolved = _resolve_request(graph, called.home, request, 0)
        call = _call(resolved, called.module, called.site) if resolved is not None else None
        if call is not None:
            calls.append(replace(call, through=f"`{called.function.name}` "
                                               f"({called.home}:{request.site.line})"))
    return calls


def _test_client_calls(graph: SymbolGraph) -> list[ClientCall]:
    """The requests tests send through a test client of the app, in test modules: paths as
    the backend sees them (no proxy is in between)."""
    calls = []
    for module, facts in sorted(graph.facts.items()):
        if not facts.http.test_requests or not is_test_path(module):
            continue
        for request in facts.http.test_requests:
            text = _url_text(graph, module, request.url, 0)
            call = _call(_Resolved(request.method, text, None), module, request.site) if text else None
            if call is not None:
                calls.append(call)
    return calls


def _proxies(graph: SymbolGraph) -> list[tuple[str, ProxyDecl]]:
    """(directory of the configuration file, entry) of every development proxy, the deepest
    directory and the longest prefix first."""
    found = []
    for module, facts in graph.facts.items():
        if facts.http.proxies and (PROXY_CONFIGS.match(posixpath.basename(module)) or
                                   posixpath.basename(module) in NEXT_CONFIGS):
            directory = posixpath.dirname(module)
            found.extend((directory, proxy) for proxy in facts.http.proxies)
    for directory, manifest in graph.js.manifests.items():
        target = manifest.get("proxy")  # Create React App: every path, as it is, to `proxy`
        if isinstance(target, str):
            found.append((directory, proxy_to(target)))
    return sorted(found, key=lambda d: (-len(d[0]), -len(d[1].source)))


def _proxied(call: ClientCall, proxies: list[tuple[str, ProxyDecl]]) -> ClientCall | None:
    """The request as its backend sees it, when a development proxy of its frontend takes it:
    its path rewritten; None when the proxy sends it to another host or rewrites it in a way
    impact cannot read. (A URL that names its host does not go through the proxy.)"""
    if call.written.startswith(("http://", "https://", "//")):
        return call
    for directory, proxy in proxies:
        if directory and not call.file.startswith(directory + "/"):
            continue
        source = tuple(s for s in proxy.source.split("/") if s)
        path = call.path if call.path is not None else call.start
        if path is None or tuple(path[:len(source)]) != source:
            continue
        if not proxy.local or proxy.target is None:
            return None
        target = tuple(s for s in proxy.target.split("/") if s)
        if call.path is None:
            return replace(call, start=None) if target != source else call
        return replace(call, path=target + call.path[len(source):])
    return call


@dataclass(frozen=True)
class _Resolved:
    method: str | None
    text: str | None  # the URL, with HOLE/DYNAMIC marks; None: not knowable
    access: tuple[Steps, Steps] | None
    library: str = ""  # what sends it, when its keys may be read: fetch | ofetch | axios | ky
    body_at: int | None = None  # a wrapper's argument sent as the JSON body, if any


def _call(resolved: _Resolved, module: str, site: Site, request: RequestDecl | None = None
          ) -> ClientCall | None:
    method, text = resolved.method, resolved.text
    if text is None:
        return None
    exact = paths.client_path(text)
    written = text.replace(HOLE, "{…}").replace(DYNAMIC, "…")
    if exact is not None:
        return ClientCall(method, exact, None, module, site, written, resolved.access,
                          sent=_sent(resolved, request))
    start = _literal_start(text)
    return ClientCall(method, None, start, module, site, written) if start is not None else None


def _sender(library: str) -> str:
    """How an instance's requests send their keys: `$fetch.create` makes an ofetch client."""
    return "ofetch" if library == "fetch" else library


def _sent(resolved: _Resolved, request: RequestDecl | None) -> Sent | None:
    """What a request written by hand sends, when its library's way of sending is known."""
    if request is not None and resolved.body_at is not None and resolved.text is not None:
        return sent_at(request, resolved.text, resolved.body_at)
    if request is None or resolved.library not in PARSED or resolved.text is None:
        return None
    return sent(resolved.library, request, resolved.text)


def _literal_start(text: str) -> tuple[str, ...] | None:
    if not text.startswith("/"):
        return None
    head = re.split(r"[\0\1?#]", text, maxsplit=1)[0]
    return tuple(s for s in head.split("/")[1:-1] if s) + (head.split("/")[-1],)


def _resolve_request(graph: SymbolGraph, module: str, request: RequestDecl, depth: int
                     ) -> _Resolved | None:
    """The method, URL and body access of a request, or None when its callee is not an
    HTTP client."""
    if depth > MAX_DEPTH:
        return None
    if request.getter:  # only a wrapper that unwraps its URL calls the function given for it
        target = resolve(graph, module, request.callee)
        declared = _declaration(graph, target) if target is not None else None
        return _through_wrapper(graph, target[0], declared, module, request, depth) \
            if isinstance(declared, WrapperDecl) and declared.unwraps else None
    callee = request.callee
    if callee in BODY_OF_GENERATED:  # its URL is the whole path (the base is the server's)
        body = BODY_OF_GENERATED[callee]
        return _Resolved(request.method, _url_text(graph, module, request.url, depth),
                         None if body is None else ((), body))
    owner, _dot, _verb = callee.rpartition(".")
    if request.library and not _client_of(graph, module, owner, request.library):
        return None  # `cache.items.get()`: no request unless `cache` is such a client
    if callee == TRANSPORT:  # through a client class's transport, which gives the body
        return _Resolved(_method(request.method), _url_text(graph, module, request.url, depth),
                         ((), ()), "ofetch")
    if callee == xhr.CALLEE:  # `xhr.open(method, url)`: its reads are those of the parsed body
        return _Resolved(_method(request.method), _url_text(graph, module, request.url, depth), ((), ()), "xhr")
    if owner == ANGULAR_CLIENT:  # `this.http.get<T>(url)`: the Observable gives the body
        return _Resolved(_method(request.method), _url_text(graph, module, request.url, depth),
                         ((), PARSED[ANGULAR]), ANGULAR)
    library = _library(graph, module, callee.split(".")[0])
    if callee in FETCHES and not _locally_bound(graph, module, "fetch") or \
            _verb == FETCH and _of_a_sveltekit_event(graph, module, owner):
        kind = "ofetch" if callee in ("$fetch", "ofetch") else "fetch"
        return _Resolved(_method(request.method), _url_text(graph, module, request.url, depth),
                         ((), PARSED[kind]), kind)
    if callee in NUXT_FETCHES and _global_or_from(graph, module, callee, NUXT_MODULES):
        return _Resolved(_method(request.method), _url_text(graph, module, request.url, depth),
                         ((), NUXT_BODY) if _nuxt_data_is_body(request) else None, "ofetch")
    if _verb in JQUERY_METHODS and owner in JQUERY_NAMES and \
            _global_or_from(graph, module, owner, JQUERY_MODULES):
        return _Resolved(JQUERY_METHODS[_verb] or _method(request.method),
                         _url_text(graph, module, request.url, depth), None)
    if not owner and _query_hook(graph, module, callee):  # SWR / React Query: a GET of its key
        through = _through_fetcher(graph, module, request, depth) if request.fetcher else None
        if request.method is None:  # `useSWRMutation`: only the fetcher tells the request
            return through
        return through or _Resolved(request.method, _url_text(graph, module, request.url, depth), None)
    if library is not None and (owner in ("", library) or callee == library):
        kind = _library_kind(graph, module, library)
        method = "DELETE" if kind == "superagent" and _verb == "del" else request.method  # its alias
        return _Resolved(_method(method), _url_text(graph, module, request.url, depth),
                         ((), PARSED[kind]), kind)
    target = resolve(graph, module, owner or callee)
    if target is None:  # a client passed around (a hook's, a context's): openapi-fetch's verbs
        return _typed(graph, module, request, depth) if _verb in TYPED_VERBS and \
            _depends_on(graph, TYPED_CLIENT) else None
    declared = _declaration(graph, target)
    if declared is None and owner and "." not in owner:  # `api.get('/x')`, `api = { get: ... }`
        member = _declaration(graph, (target[0], f"{target[1]}.{_verb}"))
        if isinstance(member, WrapperDecl):
            return _through_wrapper(graph, target[0], member, module, request, depth)
    if isinstance(declared, ValueDecl) and declared.library == TYPED_CLIENT:
        return _typed(graph, module, request, depth)
    if isinstance(declared, ValueDecl) and declared.kind == "client" and declared.given is not None:
        target, declared = _given_client(graph, target, declared.given) or (target, None)
    if isinstance(declared, ValueDecl) and declared.kind == hono_client.MEMBER:
        target, declared = _member_client(graph, target, declared, depth) or (target, None)
    if isinstance(declared, ValueDecl) and declared.kind == "client" and owner:
        base = _url_text(graph, target[0], declared.value, depth) if declared.value else None
        rest = _url_text(graph, module, request.url, depth)
        parsed = PARSED.get(declared.library)
        return _Resolved(_method(request.method), _joined(base, rest),
                         None if parsed is None else ((), parsed),
                         "" if declared.adds else _sender(declared.library))
    if isinstance(declared, WrapperDecl) and not owner:
        return _through_wrapper(graph, target[0], declared, module, request, depth)
    return None


def _given_client(graph: SymbolGraph, field: tuple[str, str], index: int
                  ) -> tuple[tuple[str, str], ValueDecl] | None:
    """The client a class's field holds when the class is made in another module: what the
    repository's one `new RookeryApi(http)` gives the constructor's parameter `index` (a name
    bound to a client instance, followed through the imports)."""
    home, name = field
    made = _instances_by_class(graph).get((home, name[1:].split(" ")[0]), [])
    if len(made) != 1 or index >= len(made[0][1].arguments) or not made[0][1].arguments[index]:
        return None
    module, instance = made[0]
    target = resolve(graph, module, instance.arguments[index])
    declared = _declaration(graph, target) if target is not None else None
    return (target, declared) if isinstance(declared, ValueDecl) and declared.kind == "client" and \
        declared.given is None else None


def _member_client(graph: SymbolGraph, member: tuple[str, str], declared: ValueDecl, depth: int
                   ) -> tuple[tuple[str, str], ValueDecl] | None:
    """The Hono client a module's `export const booths = client.api.booths` stands for, `client`
    imported: a client under that member of the RPC client `client` is (followed through the
    imports, and through such members of members); None when it is none."""
    home, name = member
    target = resolve(graph, home, declared.value.holes[0]) if depth <= MAX_DEPTH else None
    client = _declaration(graph, target) if target is not None else None
    if isinstance(client, ValueDecl) and client.kind == hono_client.MEMBER:
        target, client = _member_client(graph, target, client, depth + 1) or (target, None)
    if not isinstance(client, ValueDecl) or client.kind != "client" or client.library != hono_client.LIBRARY:
        return None
    base = _url_text(graph, target[0], client.value, depth) if client.value else None
    return target, replace(client, name=name, value=None if base is None else
                           Url((base.rstrip("/") + declared.value.parts[1],)))


_MADE: WeakKeyDictionary[SymbolGraph, dict] = WeakKeyDictionary()


def _instances_by_class(graph: SymbolGraph) -> dict[tuple[str, str] | None, list[tuple[str, InstanceDecl]]]:
    """The repository's `new C(...)` given arguments, (module, instance), by the module and
    name of the class (class_home): read once per graph, as every request through a class's
    field asks (agenta's release merge: 410 asks, each a pass over every instance, 14 s)."""
    if graph not in _MADE:
        found: dict[tuple[str, str] | None, list[tuple[str, InstanceDecl]]] = {}
        for module, facts in graph.facts.items():
            for instance in facts.http.instances:
                if instance.arguments is not None:
                    found.setdefault(class_home(graph, module, instance.function), []).append((module, instance))
        _MADE[graph] = found
    return _MADE[graph]


def _client_of(graph: SymbolGraph, module: str, name: str, library: str) -> bool:
    """Whether `name` is a client instance of `library` (through the imports)."""
    target = resolve(graph, module, name)
    declared = _declaration(graph, target) if target is not None else None
    return isinstance(declared, ValueDecl) and declared.kind == "client" and declared.library == library


def _nuxt_data_is_body(request: RequestDecl) -> bool:
    """Whether `useFetch(url, options)`'s `data` holds the body as sent: options written in
    place without `transform` or `pick` (which reshape it), or none."""
    options = request.arguments[1] if request.arguments and len(request.arguments) > 1 else None
    return options is None or options.known and not {"transform", "pick"} & set(options.keys)


def _typed(graph: SymbolGraph, module: str, request: RequestDecl, depth: int) -> _Resolved | None:
    """`client.GET('/items/{id}')` of an openapi-fetch client: the path is the OpenAPI
    document's, the whole path (its base URL names the server)."""
    if request.method not in TYPED_VERBS:
        return None
    return _Resolved(request.method, _url_text(graph, module, request.url, depth),
                     ((), PARSED[TYPED_CLIENT]), TYPED_CLIENT)


def _depends_on(graph: SymbolGraph, package: str) -> bool:
    """Whether a package.json of the repository depends on `package`."""
    return package in graph.js.dependencies


def _joined(base: str | None, rest: str | None) -> str | None:
    """A client instance's base URL and the URL a call names: a relative one (`tickets`)
    under the base, as ky's `prefixUrl` and axios's `baseURL` put it."""
    if base is None or rest is None:
        return None
    if rest and not rest.startswith(("/", "?", "#", HOLE, DYNAMIC)):
        rest = "/" + rest
    return base.rstrip("/") + rest


def _through_fetcher(graph: SymbolGraph, module: str, request: RequestDecl, depth: int
                     ) -> _Resolved | None:
    """An SWR hook whose fetcher is a one-level wrapper given the key as its URL
    (`const fetcher = (url) => fetch(url).then((r) => r.json())`): the request the wrapper
    sends for the key, and `data` is what the wrapper returns."""
    target = resolve(graph, module, request.fetcher)
    declared = _declaration(graph, target) if target is not None else None
    if not isinstance(declared, WrapperDecl) or declared.parameter != 0 or declared.method_option:
        return None
    return _through_wrapper(graph, target[0], declared, module, request, depth)


def _through_wrapper(graph: SymbolGraph, home: str, wrapper: WrapperDecl, module: str,
                     request: RequestDecl, depth: int) -> _Resolved | None:
    if request.method_first != (wrapper.method_parameter is not None) or \
            request.method_first and (wrapper.method_parameter, wrapper.parameter) != (0, 1):
        return None  # `apiRequest('POST', url)` calls a transport taking (method, url, ...)
    inner = wrapper.request
    prefix = Url(inner.url.parts[:-1], inner.url.holes[:-1])
    # `get: (path) => request('GET', path)`: a wrapper of a transport keeps the method first
    outer = RequestDecl(inner.callee, prefix, inner.method, inner.site, method_first=inner.method_first)
    resolved = _resolve_request(graph, home, outer, depth + 1)
    if resolved is None:
        return None
    method = _method(request.method) if wrapper.method_option or request.method_first else resolved.method
    rest = _url_text(graph, module, request.url, depth)
    text = None if resolved.text is None or rest is None else resolved.text.rstrip("/") + rest
    returned = next((r for r in graph.facts[home].http.returns
                     if r.name == wrapper.name and r.call == inner.site), None)
    access = None if resolved.access is None or returned is None else \
        _wrapped_access(resolved.access, returned)
    sends = "ofetch" if request.method_first and wrapper.body_parameter == 2 else \
        "fetch" if wrapper.forwards_init and resolved.library == "fetch" else ""  # its body as JSON
    # `api.post(path, body)` over `request('POST', path, body)`: its argument is the JSON body
    body_at = wrapper.body_parameter if wrapper.method_parameter is None and resolved.library == "ofetch" \
        else None
    return _Resolved(method, text, access, sends, body_at)


def _wrapped_access(access: tuple[Steps, Steps], returned: ReturnDecl) -> tuple[Steps, Steps] | None:
    """The access to the body through a wrapper that returns the value at `returned.steps`
    of its request's result; under the key `returned.key` of an object it returns (a
    composable's `{ data }` whose ref holds `await response.json()`), when what it keeps there
    is the body or a step before it."""
    steps, body = access[0] + returned.steps, access[1]
    if not returned.key:
        return steps, body
    if body[:len(steps)] != steps:
        return None  # a value inside the body kept under the key: not followed
    return (), (returned.key, *body[len(steps):])


def _method(method: str | None) -> str | None:
    return "GET" if method == "" else method


def _url_text(graph: SymbolGraph, module: str, url: Url, depth: int) -> str | None:
    """The URL with a leading constant read, other holes marked (a whole segment: HOLE,
    else DYNAMIC); None when the start is not knowable."""
    text = url.parts[0]
    holes = list(url.holes)
    if holes and text == "":
        base = _constant(graph, module, holes[0], depth)
        if base is None:
            return None
        text = base
        holes[0] = None
    for index, hole in enumerate(holes):
        following = url.parts[index + 1]
        if hole is not None:
            whole = text.endswith("/") and (following == "" or following[0] in "/?#")
            text += HOLE if whole else DYNAMIC
        text += following
    return text


def constant_text(graph: SymbolGraph, module: str, name: str) -> str | None:
    """The text of a base-URL constant a name stands for in `module` (its holes marked)."""
    return _constant(graph, module, name, 0)


def has_holes(text: str) -> bool:
    return HOLE in text or DYNAMIC in text


def _constant(graph: SymbolGraph, module: str, name: str, depth: int) -> str | None:
    if depth > MAX_DEPTH:
        return None
    target = resolve(graph, module, name)
    declared = _declaration(graph, target) if target else None
    if not isinstance(declared, ValueDecl) or declared.kind != "constant" or declared.value is None:
        return None
    return _url_text(graph, target[0], declared.value, depth + 1)


def _declaration(graph: SymbolGraph, target: tuple[str, str]):
    http = graph.facts[target[0]].http
    for declared in (*http.values, *http.wrappers):
        if declared.name == target[1]:
            return declared
    return None


def _library(graph: SymbolGraph, module: str, local: str) -> str | None:
    """The HTTP library a name is imported as (`import axios from 'axios'`), if any."""
    for imp in graph.facts[module].imports:
        if imp.local == local and imp.source in LIBRARIES and imp.imported in ("default", "*"):
            return local
    return None


def _global_or_from(graph: SymbolGraph, module: str, name: str, packages: tuple[str, ...]) -> bool:
    """Whether `name` is imported only from these packages, or not bound in the module at all
    (a global, or an auto-import: jQuery's `$`, Nuxt's `useFetch`)."""
    imports = [i for i in graph.facts[module].imports if i.local == name]
    if imports:
        return all(i.source in packages for i in imports)
    return name not in graph.facts[module].bindings


def _query_hook(graph: SymbolGraph, module: str, local: str) -> bool:
    return any(i.local == local and (i.source, i.imported) in QUERY_HOOKS
               for i in graph.facts[module].imports)


def _library_kind(graph: SymbolGraph, module: str, local: str) -> str:
    return next(LIBRARIES[i.source] for i in graph.facts[module].imports
                if i.local == local and i.source in LIBRARIES)


def _of_a_sveltekit_event(graph: SymbolGraph, module: str, owner: str) -> bool:
    """Whether `owner.fetch` is the fetch of the request event a SvelteKit route, layout or
    hook module's functions are given (`event.fetch(...)` in `+page.server.ts`): a name that
    module does not bind at its top level, in a module SvelteKit runs on the server."""
    name = posixpath.basename(module)
    return bool(owner) and "." not in owner and name.startswith(SVELTEKIT_SERVER_MODULES) and \
        owner not in graph.facts[module].bindings


def _locally_bound(graph: SymbolGraph, module: str, name: str) -> bool:
    facts = graph.facts[module]
    return name in facts.bindings and not any(
        i.local == name and i.source in ("node-fetch", "cross-fetch", "undici") for i in facts.imports)
