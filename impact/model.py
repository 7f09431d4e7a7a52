"""Plain data passed between the pipeline stages: facts of a file, rules, and findings.

Facts know nothing of diffs; findings know nothing of parsers. (What reporters are given,
a `Report`, is in impact/report_model.py.)
"""

from __future__ import annotations

from dataclasses import dataclass, field

PYTHON = "python"
JAVASCRIPT = "javascript"
TYPESCRIPT = "typescript"
COMPONENTS = "components"  # Vue and Svelte single-file components (impact/lang/components.py)
PAGES = "pages"  # HTML pages and templates: their inline scripts' requests (same module)


@dataclass(frozen=True)
class Site:
    """A place in a file: 1-based line and column."""

    line: int
    column: int


@dataclass(frozen=True)
class Import:
    """One name (or module) an import statement brings in.

    `source` is the module as written: a dotted name for Python (with `level` leading dots
    for relative imports), a specifier for JavaScript. `imported` is the name taken from it:
    a name, `default`, `*` (star import, or a whole-module binding such as a namespace
    import or a plain `require`), or None when the statement binds the module itself
    (`import a.b`) or nothing at all (a side-effect or dynamic import). `local` is the name
    bound in the importing module, if any.
    """

    source: str
    imported: str | None
    local: str | None
    site: Site
    kind: str  # module | from | star | esm | namespace | side-effect | require | dynamic | reexport
    level: int = 0
    # inside try/except ImportError, or a JavaScript `try` there for the load: a fallback is
    # expected
    guarded: bool = False
    type_only: bool = False  # `import type`, or under `if TYPE_CHECKING:`
    # Python, inside try/except ImportError: (try statement, branch, tolerant) from the
    # outermost `try` in. A `try` resolves if it is tolerant (a handler accepts the failure)
    # or one of its branches does; a branch, if all its imports and inner `try`s do. The
    # import is reported only if its outermost `try` does not resolve. JavaScript: the one
    # tolerant `try` whose catch handles a `require()` or `import()` that fails.
    fallback: tuple[tuple[int, int, bool], ...] = ()
    # where the statement names its module, when `site` is one of several names inside it:
    # a missing module is one finding per statement, there (as pyright and tsc place it)
    statement: Site | None = None
    # JavaScript: the names it takes are not the module's exports: the file replaces the module
    # with what a factory returns (`jest.mock(spec, () => ({...}))`, `vi.mock`), or an import
    # attribute makes the binding the file's content (`with { type: "text" }`)
    mocked: bool = False
    # JavaScript: the file mocks the module without a factory (`jest.mock('./m')`, `vi.mock`):
    # the runner gives it the `__mocks__/` file beside the module, when there is one
    manual_mock: bool = False
    # TypeScript: every name its statement binds is read in type positions only (or it is
    # `import type`): a compiler that compiles one file at a time drops the statement
    erasable: bool = False
    # Python: `import a.b as c` names its binding (c is the module a.b, even when c is `a`);
    # `import a.b` binds its top package `a`
    aliased: bool = False
    # Python: the script's PEP 723 inline metadata (`# /// script`) lists the distribution of
    # its top-level package: the tool running the script installs that one for it
    installed: bool = False
    # Python, guarded by `try`s only, whose handlers that go on bind the name to None or leave
    # it alone (`except ImportError: mod = None`, `pass`): where the code goes on without the
    # module, the name is None or unbound, so a read of it that succeeds reads the module
    none_without: bool = False


@dataclass(frozen=True)
class Export:
    """A name a module declares it exports.

    kind: declaration (`export function f`), local (`export { a as b }`, `export default x`,
    an `__all__` entry), reexport (`export { x } from './m'`), star (`export * from './m'`),
    namespace (`export * as ns from './m'`), commonjs (`exports.x = ...`).
    `local` is the module-scope name the export refers to, when it refers to one.
    """

    name: str
    kind: str
    site: Site
    local: str | None = None
    source: str | None = None
    imported: str | None = None
    type_only: bool = False  # `export type { x } from`, `export type * from`: types, no values


@dataclass(frozen=True)
class NameRef:
    """A use of a name that nothing in its file binds."""

    name: str
    site: Site
    type_only: bool = False  # a TypeScript type position
    in_comment: bool = False  # a JSDoc type in a JavaScript file (`@param {Vector3} v`)
    in_string: bool = False  # a Python type written as a string (`x: "Grammar"`)
    # TypeScript: the global namespace whose body holds it (`declare global { namespace Lume
    # { ... } }`), which any other declaration of that namespace may give the name
    namespace: str = ""


@dataclass(frozen=True)
class MemberRef:
    """`local.a.b` where `local` is bound by an import at module scope."""

    local: str
    chain: tuple[str, ...]
    site: Site  # of the first attribute after `local`
    # inside an annotation nothing evaluates at run time (Python: `from __future__ import
    # annotations`, a stub; TypeScript: `typeof x.y` in a type): read by type checkers only
    unevaluated: bool = False
    # Python: the sites of the imports that bind `local` in the branches of one `if` above
    # the reference, when they are alternatives (`if v1: from .v1 import launcher` / `else:
    # from . import launcher`): `local` may be any of their modules here
    alternatives: tuple[Site, ...] = ()
    # an instance use (FileFacts.instance_reads) through a property of `local`'s instance that
    # a base class declares with its class (`this.svc.size` in a subclass): the property
    through: str = ""
    # an instance use where `local` is a function whose awaited result the instance is (Call.awaited)
    awaited: bool = False


# how an owner (a function, a method) is written, while facts are extracted and checked, when
# the instance is what awaiting its call gives (kept in the facts as Call.awaited, MemberRef.awaited)
AWAITED = "await "


@dataclass(frozen=True)
class Call:
    """A call site: callee as written (`f`, `mod.f`; `Class.method` for a call on an instance
    of a known class), and the shape of its arguments."""

    callee: str
    site: Site
    positional: int
    keywords: tuple[str, ...]
    star_args: bool = False
    star_kwargs: bool = False
    on_instance: bool = False  # `x.method(...)` where `x = Class(...)` in the same scope
    # on_instance through a property of the instance that a base class declares with its class
    # (`this.svc.run()` in a subclass): the property; the call is on the property's class
    through: str = ""
    # on_instance where the instance is what awaiting a call gives (`x = await make()`): the
    # callee's owner is that function, whose awaited result's class it declares
    awaited: bool = False
    keyword_sites: tuple[Site, ...] = ()  # where each of `keywords` is written
    arguments: str = ""  # a hash of the arguments as written: tells an edited call apart
    leading: int = 0  # with star_args: the positional arguments written before the first
    # `*` splat (Python), whose parameters are known


@dataclass(frozen=True)
class Parameter:
    name: str
    kind: str  # positional-only | positional | keyword-only | var-positional | var-keyword
    default: bool = False
    # `*args: P.args` (Python): what it takes is checked against the signature of a callable
    # typed with the ParamSpec `P`, so a type checker sees arguments that shift
    paramspec: bool = False


@dataclass(frozen=True)
class Definition:
    """A name a module defines at top level (not one it imports).

    `parameters` is the call signature of a function, or of a class (its `__init__` or
    constructor, dataclass fields), when impact can read it. `body` is a hash of the
    normalised body, to recognise the same code after a move or a rename.
    """

    name: str
    kind: str  # function | class | method | variable | type
    site: Site
    parameters: tuple[Parameter, ...] | None = None
    body: str = ""
    members: tuple[Definition, ...] = ()  # a class's methods
    bases: tuple[str, ...] = ()  # a class's base classes, as written
    dataclass: bool = False  # its parameters are its own dataclass fields; its bases' come first
    # Python: a class's other class-level names (assigned, annotated, nested classes,
    # properties), and whether more may appear at run time (a metaclass, `__getattr__`,
    # `__getattribute__`, `__init_subclass__`)
    attributes: tuple[Definition, ...] = ()
    open_attributes: bool = False
    # what a class's instances may have besides its class attributes and methods: Python, the
    # attribute names its body assigns on any object (`self.x = ...` in its methods), None when
    # the body sets attributes otherwise (`__dict__`, `vars(...)`, `setattr` with a name not
    # written; `prefix*` for `setattr(self, f"prefix{name}", v)`); TypeScript, its
    # instance fields, methods, accessors and parameter properties, None when one is computed or
    # it has an index signature. None too for a name defined twice (merged with an interface).
    instance_attributes: tuple[str, ...] | None = ()
    # Python: the names among those its body assigns through `self` or `cls` (`self.x = ...`, its
    # own fields; not `other.x = ...`, a stand-in set on another object); None: as
    # instance_attributes (TypeScript's are its declared members)
    self_attributes: tuple[str, ...] | None = None
    # Python: a function's or method's decorators as written, without `@` and arguments
    # (`nx._dispatchable`, `not_implemented_for`): a decorator may change how it is called
    decorators: tuple[str, ...] = ()
    # a variable bound once, unconditionally at module scope, to another name (`ib = attrib`,
    # `a = b = f`, `export const x = y`): that name, dotted as written; "" otherwise. Calls
    # of the variable are calls of what that name reaches.
    alias_of: str = ""
    # Python: a class that defines no constructor of its own (no `__init__` or `__new__` in its
    # body, no decorator, no metaclass or other class keyword, only plain names as bases): it
    # is called as its bases' constructor (object's, taking nothing, when it has none)
    inherits_constructor: bool = False
    # Python: calling the class runs its own `__init__` as written, or its bases' constructor
    # when it has none: no decorator, no metaclass or other class keyword, only plain names as
    # bases, no `__new__` in its body, no decorator on its `__init__`
    plain_construction: bool = False
    # Python: the decorator that writes the class's `__init__` from its fields, as written
    # (`dataclass`, `attrs.define`), when impact reads them as a type checker does
    # (impact/lang/dataclass_fields.py); "" otherwise
    built_by: str = ""
    # Python: a dataclass's own fields its `__init__` leaves out (`field(init=False)`), so a
    # base's field of that name is no parameter either
    init_excluded: tuple[str, ...] = ()
    # Python: a `__new__` that returns only `super().__new__(cls)` or `object.__new__(cls)`,
    # so the class's `__init__` runs after it with the same arguments
    returns_own_instance: bool = False
    # a top-level function's or a method's declared return type when it names one class (Python
    # `-> C`, `-> "C"`, `-> Optional[C]`; TypeScript `): C`, `): C<T>`), dotted as written in its
    # module; "" when undeclared, another type, or the function may return something else
    # (decorated, a generator, generic, overloaded). A call of it makes an instance of that class.
    # For a TypeScript class's property (in `attributes`): the class it is declared with
    # (`svc: Svc`, `constructor(private svc: Svc)`, `svc = new Svc()`), what reading it gives.
    returns: str = ""
    # a function or method whose calls give an awaitable of `returns` (Python `async def f() ->
    # C`, TypeScript `f(): Promise<C>`): `await f()` is the instance, `f()` is not
    awaitable: bool = False
    # Python: a class's attributes whose class is certain, (name, class as written in its
    # module): annotated in its body or through `self` (`self.reader: StreamReader`), or
    # assigned through `self` an instance (`self.reader = StreamReader()`) or a parameter
    # annotated with one, and assigned nothing else in the class (what reading them gives)
    typed_attributes: tuple[tuple[str, str], ...] = ()
    # TypeScript: a function's or method's overload signatures (`function f(a: A): R;` before
    # its implementation, or every declaration of one without: only they are callable), each
    # as parameters; () when it has none or one cannot be read
    overloads: tuple[tuple[Parameter, ...], ...] = ()
    # TypeScript: a namespace declared once, or merged with one function, class or enum (the
    # members of the merged value then, its side's static_members too): the names its body
    # declares or exports, a superset of its members; None when not known
    namespace_members: tuple[str, ...] | None = None
    # TypeScript: a namespace whose body declares types only (interfaces, type aliases, such
    # namespaces): tsc makes no value of it, so a value of that name is looked up further out
    types_only: bool = False
    # TypeScript: the namespaces a namespace's body declares as members, each declared once,
    # by dotted path below it (`Inner`, `Inner.Deeper`), with their own namespace_members
    nested_namespaces: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # TypeScript: the members tsc knows on a class's, an enum's or a function declaration's
    # value, besides what every function or object has: a class's static members (None when
    # it extends another or has one impact cannot read), an enum's members, the properties the
    # file assigns to a function at top level (`f.x = 1`; None when one has a computed key)
    static_members: tuple[str, ...] | None = None
    # TypeScript: an interface, or a type alias of an object type: the names of the properties
    # and methods it declares itself (an interface's `bases` are the interfaces it extends, as
    # written); None when one is computed, it has an index, call or construct signature, it
    # extends something not written as a name, or it is declared more than once
    object_members: tuple[str, ...] | None = None


def merged_namespace(parts: list[Definition]) -> Definition:
    """One value of namespaces declared several times (TypeScript merges them), each with known
    members: every member of each, and the nested namespaces, merged too, where each
    declaration declaring one reads its members (one that declares it otherwise or with members
    impact does not read leaves it out, and what is below it). At the first one's place."""
    members = tuple(dict.fromkeys(m for part in parts for m in part.namespace_members or ()))
    known = [dict(part.nested_namespaces) for part in parts]
    nested: dict[str, tuple[str, ...]] = {}
    for path in dict.fromkeys(path for part in parts for path, _inner in part.nested_namespaces):
        parent, _dot, name = path.rpartition(".")
        if parent and parent not in nested:
            continue
        declaring = [found for part, found in zip(parts, known)
                     if name in (found.get(parent, ()) if parent else part.namespace_members or ())]
        if all(path in found for found in declaring):
            nested[path] = tuple(dict.fromkeys(m for found in declaring for m in found[path]))
    return Definition(parts[0].name, "variable", parts[0].site, namespace_members=members,
                      nested_namespaces=tuple(nested.items()),
                      types_only=all(part.types_only for part in parts))


@dataclass(frozen=True)
class Problem:
    """Something that kept a file from being fully read (becomes IMP301)."""

    message: str
    site: Site
    transient: bool = False  # depends on the machine's load, not on the bytes: never cached
    recovered: bool = False  # a local syntax error: the facts of the rest of the file stand


@dataclass(frozen=True)
class Url:
    """A URL or path as written: literal pieces around `${...}` holes (or `+ name +` terms).
    `parts` has one more item than `holes`; each hole is the source text of its expression."""

    parts: tuple[str, ...]
    holes: tuple[str, ...] = ()


@dataclass(frozen=True)
class FieldDecl:
    """A field of a JSON object a server sends, where it is written. `alias`: its name on
    the wire when it differs (pydantic `Field(alias=...)`), else "". A pydantic model's field
    as a request body gives it: `required` when a request must send it (no default, not
    `Optional`, in a class no validator or constructor of its own may fill it in);
    `input_alias`, its name in a request when that differs (`alias`, `validation_alias`;
    "?" when it cannot be read)."""

    name: str
    site: Site
    alias: str = ""
    required: bool = False
    input_alias: str = ""
    # the class (or type, or type parameter) its value is, as its annotation writes it
    # (`owner: UserOut`, `Optional[UserOut]`, `owner: UserDto | null`), or each item's when
    # `holds_many` (`items: list[TaskOut]`, `items: T[]`); "" when it is none of those
    holds: str = ""
    holds_many: bool = False
    # what its value sends when it is written in place: an object literal or dict, an array
    # or list of them, an inline `.map` or comprehension to one (`crew: b.crew.map((m) => ({
    # name: m.name }))`, `"crew": [{"name": m.name} for m in b.crew]`)
    inline: tuple[BodyDecl, ...] = ()


@dataclass(frozen=True)
class BodyDecl:
    """One JSON body a handler may send, as far as the syntax shows (`many`: a list of such
    values). kind:
    object — exactly `fields` (a dict or object literal without spreads);
    none — no JSON object (a string, an empty body, a redirect, a rendered template);
    open — anything else (a variable, a spread, a raw row): its fields are unknown;
    model — FastAPI `response_model=ref` (`by_alias`: `response_model_by_alias`);
    annotation — the handler's return annotation `ref`, a response model if `ref` is one;
    instance — an instance of class `ref` (`ThreadResponse(...)`, `Model.query.get(id)`);
    serialized — what method `method` of an instance of class `ref` returns (`m.to_dict()`);
    call — what module-level function `ref` returns (a serializer, `toMessageDto(m)`);
    returned — what handler `ref`, a function in scope, sends by returning it (Fastify);
    type — a value of TypeScript type `ref` (an interface, object type or class: `TaskDto`);
    serializer — what DRF serializer class `ref` sends (impact.http.drf)."""

    kind: str
    fields: tuple[FieldDecl, ...] = ()
    ref: str = ""
    method: str = ""
    many: bool = False
    by_alias: bool = True
    arguments: tuple[str, ...] = ()  # model, annotation, type: the type arguments of `ref`
    # as written (`response_model=Page[TaskOut]`, `Promise<Page<Task>>`: ("TaskOut",))
    # object: the values it spreads before its own keys (`{ ...toSummary(e), location }`)
    spreads: tuple[BodyDecl, ...] = ()


@dataclass(frozen=True)
class ProducerDecl:
    """A function that sends JSON (a handler named in a route: `res.json({...})`,
    `c.json(...)`, `NextResponse.json(...)`) or returns it (a serializer `toMessageDto`, a
    Python `to_dict` method): the bodies it may send or return."""

    name: str
    bodies: tuple[BodyDecl, ...]
    site: Site
    # what it sends as a handler that sends its return value (Fastify's), when that differs
    returning: tuple[BodyDecl, ...] | None = None
    # a Django view's: the methods its decorators allow (`@api_view(["GET"])`); (): any
    methods: tuple[str, ...] = ()
    # a Starlette handler's (a function a routing table of another module names): the body
    # fields and query parameters it surely reads (None: not read)
    reads: tuple[ParameterDecl, ...] | None = None


@dataclass(frozen=True)
class ModelDecl:
    """A Python class whose instances may be a response: its annotated fields (a pydantic
    model's, by their wire names when `Field(alias=...)` says) and its serializer methods;
    or a TypeScript interface, object type or class (impact.http.ts_types): its fields, and
    as serializers its methods with a declared return type.
    `alias_generator`: as written, "" when none; `open`: extra fields allowed, or a custom
    serializer — the fields on the wire are not known."""

    name: str
    bases: tuple[str, ...]
    fields: tuple[FieldDecl, ...]
    serializers: tuple[ProducerDecl, ...]
    alias_generator: str
    open: bool
    site: Site
    # as a request body: a validator that runs before the fields' (`model_validator(mode=
    # "before")`, `root_validator(pre=True)`), a constructor of its own, or an SQLModel table
    # (`table=True`: not validated) may fill in a field a request leaves out
    fills: bool = False
    # its type parameters (`class Page(BaseModel, Generic[T])`, `class Page[T]`,
    # `interface Page<T>`), which its fields' `holds` may name
    parameters: tuple[str, ...] = ()
    serializer: bool = False  # a DRF serializer class: `fields` is what it sends (impact.http.drf)


@dataclass(frozen=True)
class ReadDecl:
    """A property read from a value that flows from a call's result: `steps` is the path
    from the result (`json()` for a call of `.json()`, `[]` for an item of an array, else a
    property name; promises are looked through), the last step read at `site`."""

    steps: tuple[str, ...]
    site: Site


@dataclass(frozen=True)
class PropPass:
    """The value at `steps` of a call's result handed to prop `prop` of the component named
    `component` here (`<TaskRow task={t} />`: ("TaskRow", "task", (..., "[]")))."""

    component: str
    prop: str
    steps: tuple[str, ...]


@dataclass(frozen=True)
class UseDecl:
    """What is read from the result of the call at `site` (awaited or `.then`-ed), and the
    components' props it is handed to."""

    callee: str
    site: Site
    reads: tuple[ReadDecl, ...]
    props: tuple[PropPass, ...] = ()


@dataclass(frozen=True)
class ComponentReadsDecl:
    """What module-level function component `name` reads of its props: each read's first
    step is a prop's name (`function TaskRow({ task })` reading `task.title`: ("task", "title")),
    and the props of other components it hands its props' values to, whose steps start the same
    way (`<TaskRow task={t} />` for each `t` of its prop `tasks`: ("tasks", "[]"))."""

    name: str
    site: Site
    reads: tuple[ReadDecl, ...]
    props: tuple[PropPass, ...] = ()


@dataclass(frozen=True)
class ReturnDecl:
    """Module-level function `name` returns the value at `steps` of the result of the call
    at `call` (`return r.json()` after `const r = await fetch(...)`: steps ("json()",))."""

    name: str
    call: Site
    steps: tuple[str, ...]
    key: str = ""  # the function returns an object whose `key` holds that value (SvelteKit's
    # `load` returning `{ order }`: its page reads `data.order`)


@dataclass(frozen=True)
class RouteDecl:
    """An operation a server declares: `@bp.get("/x")`, `router.post('/x', h)`, a Next.js
    `export function GET` (owner ""). `path` is None when it is not a literal. `bodies`: what
    an inline handler (or the decorated function) sends; None when the handler is named and
    read elsewhere. `model`: FastAPI `response_model=` or the return annotation."""

    owner: str  # the app/router object as written (`app`, `bp`, `router`)
    methods: tuple[str, ...]  # upper case; ("*",) for every method
    path: str | None
    handler: str
    site: Site
    bodies: tuple[BodyDecl, ...] | None = None
    model: BodyDecl | None = None
    resource: bool = False  # `handler` is a class-based view: it serves the methods it defines
    # the name URLs are built from, when the route gives one: Flask's `endpoint=` (else the
    # view function's name), Django's `name=` (else none)
    endpoint: str | None = None
    # the view's parameters annotated `int`: a `{name}` of the path takes digits only (FastAPI)
    integers: tuple[str, ...] = ()
    # FastAPI: what the view's parameters ask of a request (None: not read, a method)
    parameters: tuple[ParameterDecl, ...] | None = None
    # Flask: the body fields and query parameters the view surely reads (`request.json["x"]`;
    # None: the view is not read, a class or a function named elsewhere)
    reads: tuple[ParameterDecl, ...] | None = None
    suffix: str = ""  # Falcon: `add_route(path, resource, suffix="x")` serves its `on_get_x`...


@dataclass(frozen=True)
class ParameterDecl:
    """A parameter of a FastAPI view, as the request fills it. kind:
    scalar — a plain value (`q: str`, `Query(...)`): a query parameter, or a path parameter
    when the route's path names it; `name` is its name in the request (a `Query(alias=)`);
    model — a class `ref` as written (a pydantic model: the body, or a dependency type);
    body — a `Body(...)` value, one field of the body;
    other — a parameter that is surely no query or body field (`Header`, `Request`, a
    `Depends()` impact does not follow);
    depends — `Depends(pagination)` (or `Security`): what the dependency `ref` asks of the
    request (its parameters, DependableDecl) is asked by the view too;
    unknown — one impact cannot classify, which may be a body.
    A Flask view's reads (impact.http.flask_requests) are of kind query (a query parameter)
    or field (a field of the JSON body), named by their keys, or value (either: a request
    parser's argument without a location, impact.http.flask_restx).
    `required`: no default; `embed`: `Body(embed=True)`."""

    name: str
    kind: str
    required: bool
    site: Site
    ref: str = ""
    embed: bool = False
    method: str = ""  # a Flask read made only for this method (`if request.method == "POST":`)


DEPENDS = "depends"  # the kind of a ParameterDecl filled by a dependency impact follows


@dataclass(frozen=True)
class DependableDecl:
    """A module-level function of a FastAPI module that a view may depend on (`Depends(name)`),
    with what its parameters ask of a request, read as a view's."""

    name: str
    parameters: tuple[ParameterDecl, ...]
    site: Site


@dataclass(frozen=True)
class ResourceDecl:
    """A class-based view (a Flask-RESTful/RESTX `Resource`, a Flask `MethodView`): the HTTP
    methods it defines itself and its base classes as written."""

    name: str
    bases: tuple[str, ...]
    methods: tuple[str, ...]
    site: Site
    bodies: tuple[tuple[BodyDecl, ...], ...] = ()  # what each of `methods` sends
    # what each of `methods` surely requires of a request (none: nothing), Flask-RESTX's
    # `@ns.expect(model, validate=True)`, a request parser's required arguments
    reads: tuple[tuple[ParameterDecl, ...], ...] = ()


@dataclass(frozen=True)
class ResponderDecl:
    """A Falcon responder: method `on_<verb>` (`on_<verb>_<suffix>`) of a resource class,
    what it sets `resp.media` to and what it surely reads of the request (also a Tornado
    handler's method, a CherryPy exposed method, a Robyn view's closure `def get(request)`)."""

    resource: str  # the class
    method: str  # upper case
    suffix: str  # "" when none
    site: Site
    bodies: tuple[BodyDecl, ...]
    reads: tuple[ParameterDecl, ...]
    inherits: bool = False  # the class has bases: they may define more responders


@dataclass(frozen=True)
class RouterDecl:
    """A module-level app or router object: `bp = Blueprint(..., url_prefix="/x")`,
    `router = APIRouter(prefix="/x")`, `app = express()`, `new Hono()`. prefix: "" when none is
    given, None when it is not a literal (then `prefix_from`, when it is built from names)."""

    name: str
    kind: str  # flask | blueprint | fastapi | apirouter | express | express-router | hono | koa-router | nest-controller | nest-global-prefix (NestJS `setGlobalPrefix`)
    prefix: str | None
    site: Site
    factory: bool = False  # made and returned by function `name`: served only where mounted
    # what its routes' endpoint names are qualified by: a Flask blueprint's name
    # (`Blueprint("chat", ...)`: `chat.view`), a Django URL conf's `app_name` (`polls:detail`);
    # None when none is given or it is not a literal
    label: str | None = None
    # Python: a prefix written with names (`prefix=settings.API_V1_STR`, `f"{API}/users"`),
    # each hole a dotted name whose constant impact.http.prefixes may read
    prefix_from: Url | None = None


@dataclass(frozen=True)
class MountDecl:
    """`parent` serves `child` under `prefix`: `app.register_blueprint(bp, url_prefix=...)`,
    `app.include_router(r, prefix=...)`, `app.use('/api', router)`, `app.route('/x', sub)`.
    `child` as written (`bp`, `chat.bp`, or `require:./routes/api`); `parent` also
    `parameter:f:i` when it is parameter `i` of module-level function `f` (`def
    register_routes(app): app.register_blueprint(...)`); prefix None when it is not a
    literal (then `prefix_from`, as RouterDecl's), "" when none is given. JavaScript
    `app.use(API_PREFIX, router)`: prefix "" and `prefix_from` the name, which is the prefix
    when it is a string constant (else a handler run before the router)."""

    parent: str
    child: str
    prefix: str | None
    site: Site
    replaces: bool = False  # Flask: a registration url_prefix replaces the blueprint's own
    prefix_from: Url | None = None


@dataclass(frozen=True)
class ConstantDecl:
    """Python: a module-level name a URL prefix may be read from. A string constant
    (`API_PREFIX = "/api"`; a class attribute `API_V1_STR: str = "/api/v1"` of a module-level
    class is named `Settings.API_V1_STR`), or an instance of a class (`settings = Settings()`:
    value None, `made_by` the class as written)."""

    name: str
    value: str | None
    site: Site
    made_by: str = ""


@dataclass(frozen=True)
class InstanceDecl:
    """`export const taskRoute = createTaskRoute()`: a module-level name bound to what a
    function of the repository returns (an app a factory makes: an instance of its own); or to
    an instance of a class another module declares (`new RookeryApi(http)`)."""

    name: str
    function: str
    site: Site
    # `export const api = new RookeryApi(http)` of a class the module imports: the names given
    # to its constructor, as written ("" for another value); None for a function's result
    arguments: tuple[str, ...] | None = None


@dataclass(frozen=True)
class StoreModuleDecl:
    """A Vuex store's module given by a name this module binds (`modules: { boats }` after
    `import boats from './modules/boats'`): that module's state is at `path` of the store's
    (`boats`; `admin.boats` for one nested in a module written in place)."""

    name: str
    path: str
    site: Site


@dataclass(frozen=True)
class HandOffDecl:
    """`register_routes(app)`: a call that passes router `router` (a name bound in this
    module) as argument `index` of `function` (as written), which may mount routers on it."""

    function: str
    index: int
    router: str
    site: Site


@dataclass(frozen=True)
class RequestDecl:
    """A call that may send an HTTP request: `fetch(url, {method})`, `axios.get(url)`,
    `api.post(url)`, `apiFetch('/x', {method: 'POST'})`. Which callees really are clients is
    decided with the whole revision in view. method: upper case, "" when the options say
    nothing (the callee's default), None when it cannot be read."""

    callee: str
    url: Url
    method: str | None
    site: Site
    fetcher: str = ""  # an SWR hook's: the fetcher named for a key that is one URL
    # what the call's arguments give (impact.http.js_sent); None: not read (a hook's key, a
    # generated client's request)
    arguments: tuple[ArgumentDecl, ...] | None = None
    getter: bool = False  # the URL is what a function given for it returns (`() => `/x/${id}``)
    # `apiRequest('POST', '/api/x', body)`: the method first, the URL second (a request only
    # through a transport function that takes them so); `arguments` then as ofetch's `(url,
    # { body })`
    method_first: bool = False
    # what the methods chained on the call give (superagent's `request.post(url).send(body)
    # .query(q)`): (method, its argument), for `send` and `query`, in order
    chained: tuple[tuple[str, ArgumentDecl], ...] = ()
    # the one client library whose clients make a call so (Eden Treaty's `api.hives.get()`):
    # a request only when its callee is such a client; "" for any
    library: str = ""


@dataclass(frozen=True)
class ArgumentDecl:
    """An argument of a request call (axios's data or config, fetch's options). When it is an
    object literal without spreads or computed keys (`known`): its keys, those whose value is
    an object literal too (`params: { q }`, `body: JSON.stringify({ a, b })`), and those
    values' keys as (key, inner key) pairs."""

    known: bool
    keys: tuple[str, ...] = ()
    objects: tuple[str, ...] = ()
    inner: tuple[tuple[str, str], ...] = ()
    # not known here: what the module-level function of this name returns (`orderPayload(form)`
    # given in place, or a `const` the call's function binds to it and uses only there)
    made_by: str = ""
    # the keys whose value is such a function's object (`body: JSON.stringify(payload)`): (key, name)
    inner_made: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class WrapperDecl:
    """A module-level function that sends its `parameter`-th argument as (the end of) the URL
    of `request` (whose url has that parameter's name as a hole). `method_option`: the caller's
    options object names the method (`{ method = 'GET' } = {}`, `options.method`)."""

    name: str
    parameter: int
    request: RequestDecl
    method_option: bool = False
    # the URL parameter is read through Vue's `toValue`/`unref`: a ref or a getter given for
    # it (`useFetch(() => `/plants/${id}/`)`) sends its value
    unwraps: bool = False
    # a transport (impact.http.js_classes.function_transport): the parameter that gives the
    # method, and the one it sends as a JSON body (None: none); a wrapper of a transport
    # (`post: (path, body) => request('POST', path, body)`): the one it gives as the body
    method_parameter: int | None = None
    body_parameter: int | None = None
    # `fetch(url, init)` or `fetch(url, { ...init, headers })` with the URL its first parameter
    # and `init` its second (no `body` of its own): the caller's second argument is fetch's init
    forwards_init: bool = False


@dataclass(frozen=True)
class ForwarderDecl:
    """A module-level function that sends its `parameter`-th parameter, as it is and read
    nowhere else in it, as the `argument`-th argument (as written) of the request at `request`
    (`function placeOrder(payload) { return api.post('/orders', payload) }`): what a caller
    gives for that parameter is what the request sends (impact.http.clients.forwarded_calls)."""

    name: str
    parameter: int
    argument: int
    request: Site
    # the option of that argument the parameter is sent as, stringified (fetch's `{ method:
    # 'POST', body: JSON.stringify(payload) }`: "body"); "" for the argument itself
    option: str = ""


@dataclass(frozen=True)
class GivenDecl:
    """A call of a name the module imports or declares as a function, given an object
    literal (`placeOrder({ remedy_id, patient })`): its arguments as a request's are read."""

    callee: str
    site: Site
    arguments: tuple[ArgumentDecl, ...]


@dataclass(frozen=True)
class RequestFunctionDecl:
    """A function of a generated API client that sends exactly one request: a module-level
    function (`export const readItems = (options) => (options.client ?? client).get({ url:
    '/api/v1/items/' })`) or a static method of a module-level class (`ItemsService.readItems`,
    named so). A call of it from code written by hand sends that request."""

    name: str
    request: RequestDecl


@dataclass(frozen=True)
class DelegateDecl:
    """A function of a generated API client that sends no request itself and calls the
    imported functions `callees` (hey-api's React Query plugin: `readItemsOptions` calls
    `readItems`): it sends a request function's request when exactly one of them is one."""

    name: str
    callees: tuple[str, ...]


@dataclass(frozen=True)
class ValueDecl:
    """A module-level value a URL may be built from: a string constant (`const API =
    import.meta.env.VITE_API ?? '/api'`: its literal fallback) or an HTTP client instance
    (`axios.create({ baseURL })`, `ky.create({ prefixUrl })`). value None: not knowable."""

    name: str
    kind: str  # constant | client | member (impact.http.hono_client.MEMBER)
    value: Url | None
    site: Site
    library: str = ""  # a client's: axios | ky | ofetch
    # a client's: it adds to what each request sends (default `params`, `json` or `data`, a
    # request interceptor), so no request's keys are all known
    adds: bool = False
    # a client a class keeps in a field from its constructor's parameter at this index, the
    # class made in another module (InstanceDecl.arguments there says what it is given)
    given: int | None = None


@dataclass(frozen=True)
class ProxyDecl:
    """A development proxy entry (`server.proxy` in a Vite config, `devServer.proxy` in a
    webpack one): requests whose path starts with `source` go to a server that sees them
    starting with `target` instead (None: a rewrite impact cannot read); `local`: that server
    is this machine (a localhost target), not another host."""

    source: str
    target: str | None
    local: bool
    site: Site


@dataclass(frozen=True)
class ActionDecl:
    """A DRF ViewSet's extra action, `@action(detail=True, methods=["post"], url_path="close")`:
    served at `{prefix}/{path}` (a list action) or `{prefix}/{pk}/{path}` (a detail action).
    `path` as a route path; None when its `url_path` cannot be read."""

    detail: bool
    methods: tuple[str, ...]
    path: str | None
    handler: str
    site: Site
    bodies: tuple[BodyDecl, ...] | None = None  # what the action method returns as JSON


@dataclass(frozen=True)
class ViewSetDecl:
    """A DRF ViewSet class (or generic view) and its extra actions. `open`: it has a base class
    impact does not know, which may declare more actions."""

    name: str
    actions: tuple[ActionDecl, ...]
    open: bool
    site: Site
    serializer: str = ""  # `serializer_class`, what its standard actions send (impact.http.drf)
    paginated: bool | None = None  # `pagination_class` (None: not said, the settings decide)
    generic: str = ""  # a generic view of DRF's, not a ViewSet: "list" or "one" (impact.http.drf)


@dataclass(frozen=True)
class EndpointRefDecl:
    """A URL built from an endpoint's name, which fails when no route has that name:
    Flask's `url_for("chat.view")` (also in a Jinja template), Django's `reverse("polls:detail")`,
    `reverse_lazy`, `redirect("name")`, `resolve_url` and `{% url 'polls:detail' %}`."""

    name: str
    framework: str  # flask | django
    site: Site


@dataclass(frozen=True)
class TemplateValueDecl:
    """A value a view gives a template whose model class is known: `chat=Chat.query.get(id)`,
    `comments=Comment.query.filter_by(...).all()` (`many`: a list of them)."""

    name: str
    ref: str  # the class as written in the view's module
    many: bool = False


@dataclass(frozen=True)
class RenderDecl:
    """A view rendering a template: Flask's `render_template("chat/view.html", chat=chat)`
    (Jinja), Django's `render(request, "polls/detail.html", {"poll": poll})`; only the values
    whose class is known."""

    template: str
    framework: str  # flask | django
    values: tuple[TemplateValueDecl, ...]
    site: Site
    # rendered through a function of the repository (`render_page("x.html", chat=chat)`): its
    # name here and the position of the template's name; a render only where that function
    # is a RenderWrapperDecl (impact.checks.http.template_attributes)
    through: str = ""
    template_at: int = 0


@dataclass(frozen=True)
class RenderWrapperDecl:
    """A module-level function that renders the template one of its parameters names with
    its keyword arguments: `def render_page(template, **context): return render_template(
    template, user=current_user, **context)` (Flask; `*args` whose first it is, too)."""

    name: str
    template_at: int  # the position of the parameter naming the template


@dataclass(frozen=True)
class TemplateReadDecl:
    """An attribute a template reads from a value it was given: `{{ chat.title }}`, and through
    loops `{% for c in comments %}{{ c.parent_comment_id() }}` (`steps`: ("[]",
    "parent_comment_id"), "[]" an element of what the loop goes over). `fails`: Jinja raises
    when the attribute is undefined (it is called, or read from: `x.gone()`, `x.gone.y`,
    `x.gone[0]`, unless an `if` tests it first); else the read renders as empty."""

    name: str
    steps: tuple[str, ...]  # the last is the attribute read; the others lead to what it is read from
    fails: bool
    site: Site  # of the attribute read


@dataclass(frozen=True)
class TemplateBindingDecl:
    """A name a template passes on to one it renders inside itself: a loop's variable, or
    Django's `{% include ... with c=comment %}`, standing for what a read's `name` and `steps`
    lead to (`steps` () for the value itself)."""

    name: str
    value: str
    steps: tuple[str, ...]


@dataclass(frozen=True)
class TemplateUseDecl:
    """A template rendered inside this one, with the values this one has there: `{% include
    "chat/comment.html" %}` (those of its renderer, and `bindings`: the loops open at that
    point, Django's `with c=comment`), `{% extends "base.html" %}` (those of its renderer).
    `hidden`: names that are not the renderer's values there (bound by this template otherwise:
    not followed); `only`: nothing but `bindings` is passed (Django's `only`; Jinja's `without
    context` passes nothing)."""

    template: str
    bindings: tuple[TemplateBindingDecl, ...]
    hidden: tuple[str, ...]
    only: bool
    site: Site
    # a call of a Jinja macro of `template` ("": of this template): its arguments are the
    # `bindings`, named by parameter or by position ("0", "1", ...); nothing else is passed
    macro: str = ""


@dataclass(frozen=True)
class TemplateMacroDecl:
    """A Jinja macro a template defines (`{% macro render_comment(comment, full=false) %}`):
    its reads of a parameter `p` are reads of the value named `name(p)`
    (impact.http.template_reads.parameter_value)."""

    name: str
    parameters: tuple[str, ...]


@dataclass(frozen=True)
class RelationDecl:
    """An ORM relationship of a model class: `comments = db.relationship("Comment")`,
    `author = models.ForeignKey(User, ...)`: its value is an instance of `target`, or a list
    of them; with `backref="chat"` (`related_name=`) the target's instances have one too."""

    model: str
    attribute: str
    target: str  # as written: a class name, or a string naming one
    reverse: str = ""  # the attribute it gives `target` (`backref=`, `related_name=`)


@dataclass(frozen=True)
class HttpFacts:
    """What a file declares about HTTP: served operations and the objects that compose their
    paths, the bodies they send, the requests it may send and what it reads from them."""

    routes: tuple[RouteDecl, ...] = ()
    routers: tuple[RouterDecl, ...] = ()
    mounts: tuple[MountDecl, ...] = ()
    requests: tuple[RequestDecl, ...] = ()
    wrappers: tuple[WrapperDecl, ...] = ()
    # JavaScript: a generated API client's functions that each send one request
    request_functions: tuple[RequestFunctionDecl, ...] = ()
    delegates: tuple[DelegateDecl, ...] = ()  # JavaScript: a generated client's other functions
    values: tuple[ValueDecl, ...] = ()
    module_exports: str | None = None  # CommonJS: the module-level name `module.exports` is
    producers: tuple[ProducerDecl, ...] = ()  # module-level handlers and serializers
    models: tuple[ModelDecl, ...] = ()  # classes (TypeScript: and interfaces) that may be a response
    uses: tuple[UseDecl, ...] = ()  # JavaScript: what is read from awaited calls' results
    components: tuple[ComponentReadsDecl, ...] = ()  # JavaScript: what components read of props
    returns: tuple[ReturnDecl, ...] = ()  # JavaScript: functions returning a call's result
    proxies: tuple[ProxyDecl, ...] = ()  # JavaScript: development proxies (configuration files)
    viewsets: tuple[ViewSetDecl, ...] = ()  # Python: DRF ViewSets and their extra actions
    test_requests: tuple[RequestDecl, ...] = ()  # Python: requests of the app's test clients
    resources: tuple[ResourceDecl, ...] = ()  # Python: class-based views
    responders: tuple[ResponderDecl, ...] = ()  # Python: Falcon resources' responders
    handoffs: tuple[HandOffDecl, ...] = ()  # Python: routers passed to functions
    constants: tuple[ConstantDecl, ...] = ()  # Python: what prefixes may be read from
    served: tuple[str, ...] = ()  # JavaScript: functions whose product this module serves
    instances: tuple[InstanceDecl, ...] = ()  # JavaScript: names bound to a function's result
    endpoint_refs: tuple[EndpointRefDecl, ...] = ()  # Python, templates: URLs built from names
    renders: tuple[RenderDecl, ...] = ()  # Python: templates rendered with values of known classes
    render_wrappers: tuple[RenderWrapperDecl, ...] = ()  # Python: functions rendering for callers
    template_reads: tuple[TemplateReadDecl, ...] = ()  # templates: attributes read from values
    template_uses: tuple[TemplateUseDecl, ...] = ()  # templates: `{% include %}`, `{% extends %}`
    template_macros: tuple[TemplateMacroDecl, ...] = ()  # templates: Jinja macros defined
    relations: tuple[RelationDecl, ...] = ()  # Python: ORM relationships of model classes
    # Python: module-level names of FastAPI dependency types (`SessionDep = Annotated[Session,
    # Depends(get_db)]`), which a view's parameter may be annotated with
    dependencies: tuple[str, ...] = ()
    dependables: tuple[DependableDecl, ...] = ()  # Python: functions a FastAPI view may depend on
    # JavaScript: local names of an HTTP library (`axios`) whose every request this module may
    # add keys to, through its defaults (`axios.defaults.params = ...`) or a request
    # interceptor on the library itself (`axios.interceptors.request.use(...)`)
    library_additions: tuple[str, ...] = ()
    store_modules: tuple[StoreModuleDecl, ...] = ()  # JavaScript: Vuex modules registered by name
    forwarders: tuple[ForwarderDecl, ...] = ()  # JavaScript: functions whose caller gives a body
    given: tuple[GivenDecl, ...] = ()  # JavaScript: calls of functions given object literals


@dataclass(frozen=True)
class ColumnDecl:
    """A mapped column of an ORM model class: SQLAlchemy `Column(...)`/`mapped_column(...)`
    (also `x: Mapped[int]`) in a declarative class, a Django `models.XField(...)` in a
    `models.Model`. `table`: the SQLAlchemy `__tablename__` (or Flask-SQLAlchemy's name for
    the class), the Django model's name in lower case (as its migrations write it); None when
    not known. `name`: the column's name in the database (SQLAlchemy) or the field's (Django)."""

    orm: str  # sqlalchemy | django
    model: str
    table: str | None
    name: str
    site: Site


@dataclass(frozen=True)
class MigrationOp:
    """What a migration's upgrade does to a column. kind: `add` — adds (or creates with its
    table, or renames to) column `column` of `table` (a Django model name in lower case);
    `sql` — raw SQL, `text` its literal text in lower case; `opaque` — SQL or operations
    impact cannot read. `table` is also set for `touch` — an operation on the table (it is
    managed by migrations)."""

    kind: str  # add | touch | sql | opaque
    table: str | None
    column: str | None
    text: str
    site: Site


@dataclass(frozen=True)
class SchemaFacts:
    """A Python module's ORM columns and, for a migration (`migration`: alembic | django),
    what its upgrade does."""

    columns: tuple[ColumnDecl, ...] = ()
    migration: str = ""
    operations: tuple[MigrationOp, ...] = ()


@dataclass(frozen=True)
class FileFacts:
    """Everything impact knows about one file; a pure function of its path and bytes. Facts
    read from the cache build some fields when first read (impact.records DEFERRED, whose
    descriptors records sets on this class)."""

    path: str
    language: str
    imports: tuple[Import, ...] = ()
    exports: tuple[Export, ...] = ()
    bindings: dict[str, Site] = field(default_factory=dict)  # module scope, first binding
    inner_bindings: dict[str, Site] = field(default_factory=dict)  # other scopes, first binding
    definitions: tuple[Definition, ...] = ()
    unbound: tuple[NameRef, ...] = ()
    member_refs: tuple[MemberRef, ...] = ()
    calls: tuple[Call, ...] = ()
    # Python: `x.attr` read (not called, assigned to nor deleted) where `x` is surely an
    # instance of a module-level class (as for Call.on_instance): `local` is the class as
    # written, `chain` the attribute
    instance_reads: tuple[MemberRef, ...] = ()
    # TypeScript: bare value reads of names only imports bind (`const x = Foo`, `f(Foo)`,
    # `{ Foo }`, `extends Foo`): not calls, `new` or member reads (calls and member_refs hold
    # those), nor types
    value_reads: tuple[NameRef, ...] = ()
    # `N.x` where `N` is what this file declares at top level, its own reads of its members
    # (member_refs holds those of imported names): TypeScript, a namespace, an enum or a class
    # (in a script, a global); Python, a class defined once
    namespace_reads: tuple[MemberRef, ...] = ()
    # TypeScript: the keys an object pattern annotated with a plain type name takes (`({ a, b:
    # c = 1 }: Props) =>`, `const { a }: Props = x`), each as a reference rooted at the name
    typed_destructurings: tuple[MemberRef, ...] = ()
    problems: tuple[Problem, ...] = ()
    dynamic_exports: bool = False  # the export list cannot be known statically
    module_getattr: bool = False  # Python: __getattr__ (PEP 562) or replaces itself in sys.modules
    # Python: its `__getattr__` stands only where type checkers do not look (`if not
    # TYPE_CHECKING:`): to them the module provides what it binds, nothing more
    getattr_unchecked: bool = False
    # Python: binds module-scope names at run time (`globals()[name] = v`, `globals().update`),
    # so it provides any name, and may bind one over its submodule of that name
    binds_globals: bool = False
    # Python: names a module-level `del` unbinds (GitPython's `git/__init__.py`: `del util`,
    # the binding importing `git.util` made, which its `__getattr__` then answers)
    deleted: tuple[str, ...] = ()
    has_all: bool = False  # Python: defines __all__
    # Python `__all__` pieces that are another module's `__all__`: `sub.__all__` as
    # ("sub", "__all__"), and a name bound by `from m import __all__ as m_all` as ("m_all",)
    all_references: tuple[tuple[str, ...], ...] = ()
    all_removed: tuple[str, ...] = ()  # Python: `__all__.remove("x")`
    all_unknown: tuple[str, ...] = ()  # Python: the text of `__all__` pieces impact cannot read
    only_imported: frozenset[str] = frozenset()  # module scope: names only imports bind
    # Python, module scope: names an `if TYPE_CHECKING:` import binds while only branches
    # checkers never read assign them otherwise (lazy stand-ins: pyglet's `image =
    # _ModuleProxy("image")`); checkers read the import
    run_time_stand_ins: frozenset[str] = frozenset()
    esm: bool = False  # JavaScript: uses import/export syntax
    # JavaScript: no top-level import or export statement (one in a namespace's body does not
    # count), no `require` and no CommonJS export: a script, whose top-level names are globals
    script: bool = False
    commonjs: bool = False  # JavaScript: assigns module.exports / exports.x
    # JavaScript: the properties of `export default { a, b: c }` whose value is a name (its
    # key as `name`, the name as `local`): `utils.a(...)` through `import utils from './m'`
    default_object: tuple[Export, ...] = ()
    # TypeScript: `declare global { x }`, top-level `declare x`; an HTML page or template: the
    # names its inline scripts bind at their top level
    ambient_globals: tuple[str, ...] = ()
    # JavaScript: names it reads from `window`, `globalThis`, `global` or `self` (not among
    # ambient_globals): globals it relies on the page to provide, as bootstrap.js reads
    # `window.jQuery` that a template's script tag loads (checks/names.py: for scripts only)
    page_globals: tuple[str, ...] = ()
    # Python: names it adds to the builtins, which every module then sees (`builtins.api =
    # api`, `setattr(builtins, "api", api)`, `patch("builtins.api", api, create=True)` around
    # an import of a module reading `api`, `gettext.install()` for `_`)
    builtins_added: tuple[str, ...] = ()
    http: HttpFacts = HttpFacts()  # routes and requests (impact.http)
    schema: SchemaFacts = SchemaFacts()  # Python: ORM columns and migrations (impact.lang.schema)
    # TypeScript: the modules its `declare module '...' { ... }` blocks augment, as written
    augmented: tuple[str, ...] = ()
    # TypeScript: the patterns of its top-level `declare module '*.svg'` (one `*`): tsc gives an
    # import they match, relative or not, that resolves to no file the declared module
    module_patterns: tuple[str, ...] = ()
    generated: bool = False  # JS/TS: says it is generated, is minified, or a served UMD library
    # Python: module-scope names (dotted) whose attributes this module sets (`X.a = v`,
    # `setattr(X, ...)`): their attributes may exist at run time without a definition
    attribute_writes: tuple[str, ...] = ()
    # Python: the attributes this module sets by name on module-scope names whether or not they
    # exist (dotted: `X.a` for pytest's `monkeypatch.setattr(X, "a", v, raising=False)`)
    attributes_set: tuple[str, ...] = ()
    # Python, a file with a syntax error that keeps its facts from being trusted: every word
    # its text writes, what it may still bind (None when its text may bind names it never
    # writes: a star import, `globals()`, `setattr`, ...)
    written_names: frozenset[str] | None = None

    @property
    def readable(self) -> bool:
        """Whether its facts can be trusted: no problem, or only local syntax errors."""
        return all(problem.recovered for problem in self.problems)


@dataclass(frozen=True)
class Location:
    """A line in a repository file (an origin, or a consumer of a symbol)."""

    file: str
    line: int


@dataclass(frozen=True)
class Subject:
    """What a finding is about, so the diff can find where it came from in base.

    Either `module` (a path) lacks `name`; or the module of `statement`, an import in
    `importer`, is missing.
    """

    module: str | None = None
    name: str | None = None
    importer: str | None = None
    statement: Import | None = None


@dataclass(frozen=True)
class Cause:
    """The change in base a finding comes from: a symbol removed, renamed or moved, a module
    deleted or moved, or a callable whose signature changed (impact/causes.py finds it).
    The report groups the findings of one cause under it (impact/reporting.py), and reports
    lead with it."""

    kind: str  # removed | renamed | moved | module-removed | module-moved | signature
    module: str  # the module (its path in base) it happened to
    name: str | None = None  # the symbol; None for a module
    new_module: str | None = None  # renamed, moved: where it is in head
    new_name: str | None = None
    new_line: int | None = None  # the line of its definition in head (1 for a moved module)

    def describe(self) -> str:
        """The cause in a few words, its names `quoted`."""
        if self.kind == "renamed":
            return f"`{self.name}` renamed to `{self.new_name}` in `{self.module}`"
        if self.kind == "moved":
            renamed = f" as `{self.new_name}`" if self.new_name != self.name else ""
            return f"`{self.name}` moved from `{self.module}` to `{self.new_module}`{renamed}"
        if self.kind == "module-removed":
            return f"`{self.module}` deleted"
        if self.kind == "module-moved":
            return f"`{self.module}` moved to `{self.new_module}`"
        if self.kind == "signature":
            return f"the signature of `{self.name}` in `{self.module}` changed"
        return f"`{self.name}` removed from `{self.module}`"


@dataclass(frozen=True)
class Finding:
    code: str
    rule: str
    severity: str
    file: str
    line: int
    column: int
    symbol: str
    message: str
    revision: str = "head"
    origin: Location | None = None
    consumers: tuple[Location, ...] = ()
    subject: Subject | None = None
    cause: Cause | None = None  # what the change did that this finding comes from
    fixable: bool = False  # `impact fix` rewrites this site


@dataclass(frozen=True)
class Rule:
    """What a rule is: a stable code, a name, a severity, its documentation, and how reports
    present its findings (so that no reporter needs to know one code from another)."""

    code: str
    name: str
    severity: str
    summary: str  # what it catches, one line
    why: str  # why it matters
    example: str  # a minimal example that is reported
    short: str = ""  # the line of the README's table of codes
    use_instead: str = ""  # how to fix it
    references: tuple[str, ...] = ()  # further reading: the peer tools' rules, the language docs
    # Its findings are reported once, at the old definition of a public symbol (IMP201): one
    # heads the section of its cause, else it is listed under "Public API"; it always lists
    # its consumers, even none.
    leads_cause: bool = False
    # The severity its findings have when they sit at a public definition rather than at a
    # site that breaks (IMP202 warns there when no call here breaks): the markdown report
    # lists those in its "Public API" table too. "" when none does.
    public_definition: str = ""

    def finding(self, file: str, site: Site, symbol: str, message: str,
                subject: Subject | None = None, severity: str | None = None,
                revision: str = "head", consumers: tuple[Location, ...] = ()) -> Finding:
        return Finding(code=self.code, rule=self.name, severity=severity or self.severity,
                       file=file, line=site.line, column=site.column, symbol=symbol,
                       message=message, subject=subject, revision=revision, consumers=consumers)

    def explain(self) -> str:
        """The rule's documentation as `impact rules CODE` and SARIF's help show it."""
        text = (f"{self.code} {self.name} ({self.severity})\n\n"
                f"What it catches: {self.summary}\n\n"
                f"Why it matters: {self.why}\n\n"
                f"Example:\n{self.example}\n\n"
                f"How to fix it: {self.use_instead}\n")
        if self.references:
            text += "\nReferences:\n" + "".join(f"- {link}\n" for link in self.references)
        return text

    def table_row(self) -> str:
        """Its row in the README's table of finding codes."""
        return f"| {self.code} | {self.name} | {self.short} |"

    def at_public_definition(self, finding: Finding) -> bool:
        """Whether `finding` (of this rule) is about a public symbol itself, at its definition,
        not a site that uses it."""
        return self.leads_cause or finding.severity == self.public_definition
