"""Angular's HttpClient and the services that hold it.

A class holds Angular's `HttpClient` as a field `= inject(HttpClient)`, a field typed
`HttpClient`, or a constructor parameter property typed so (`constructor(private http:
HttpClient)`); its `this.http.get<T>(url)`, `post<T>(url, body)`, ... are requests (callee
ANGULAR_CLIENT), whose Observable emits the response body. A method of such a service whose
body is `return this.http.get<T>(...)` gives that body to its callers: a component holding the
service the same ways (`inject(TaskService)`, `constructor(private tasks: TaskService)`) calls
it as `this.tasks.list()`, named here `TaskService.list` so that the call resolves to the
service's class through the component's imports; a method that posts its parameter as it is
(`create(visit) { return this.http.post(url, visit) }`) forwards what such a call gives it
(`this.visits.create({ ... })`, a call of `VisitService.create`).

A component's inline template (impact.lang.components.angular_template) shows the fields of
its class by name: what a method of the class sets `this.barrels` to (`subscribe((barrels) =>
(this.barrels = barrels))`) is what the template's `barrels` holds (impact.http.js_reads).
An input bound on a component's element (`<app-berth-card [berth]="berth" />`) hands the value
to the `@Input()` field of that name of the component class the module imports whose name
the tag spells (`BerthCardComponent`: `berth-card`, after a prefix); that class reads it in its
own template and as `this.berth` (its reads kept under the class's name). An input has the name
its alias gives it (`@Input('order') job`, `@Input({ alias: 'order' }) job`); a signal input
(`tool = input.required<Tool>()`, `input<Tool>(undefined, { alias })`) holds a signal whose call
gives the value (`tool().name`).
"""

from __future__ import annotations

from dataclasses import replace

from tree_sitter import Node

from impact.http.js_literals import object_pairs, string_value
from impact.lang.treesitter import ancestor, call_arguments, descendants, text
from impact.model import RequestDecl, ReturnDecl, UseDecl

ANGULAR_HTTP = b"@angular/common/http"  # in a module that may hold Angular's HttpClient
ANGULAR_CORE = b"@angular/core"  # in a module that may hold a service
HTTP_CLIENT = "HttpClient"
ANGULAR_CLIENT = "(angular HttpClient)"  # the callee of its requests (impact.http.clients)
VERBS = ("get", "post", "put", "patch", "delete", "head", "options")
THIS = "this."
FIELDS = ("public_field_definition", "field_definition")
COMPONENT = "@Component("
NESTED_FUNCTIONS = ("arrow_function", "function_expression", "function_declaration", "method_definition")
INPUT = b"@Input("
SIGNAL_INPUTS = ("input", "input.required")  # `tool = input.required<Tool>()`: a signal of the input
INPUT_WORDS = (INPUT, b"input(", b"input<", b"input.required")  # in a module that may declare inputs
ALIAS = "alias"
COMPONENT_SUFFIX = "Component"


def component_props(template, imported: frozenset[str]):
    """The template with each input bound on a custom element handed to the component class
    the module imports that the tag names (`app-berth-card`: `BerthCardComponent`); a tag no
    one imported class (or more than one) spells is left as it is (nothing resolves it)."""
    if template is None or not any("-" in p.component for p in template.props):
        return template
    spelled = {}
    for name in imported:
        if name.endswith(COMPONENT_SUFFIX) and len(name) > len(COMPONENT_SUFFIX):
            spelled[name] = _kebab(name[:-len(COMPONENT_SUFFIX)])
    props = []
    for prop in template.props:
        named = [n for n, kebab in spelled.items() if prop.component == kebab or prop.component.endswith("-" + kebab)]
        props.append(replace(prop, component=named[0]) if len(named) == 1 else prop)
    return replace(template, props=tuple(props))


def _kebab(name: str) -> str:
    return "".join(f"-{c.lower()}" if c.isupper() and i else c.lower() for i, c in enumerate(name))


def inputs(cls: Node) -> dict[str, tuple[str, bool]]:
    """The inputs of a component class: each field's name -> the input's name (its alias, else
    the field's) and whether the field holds a signal of it (`input()`, `input.required()`)
    rather than the value (`@Input()`, the decorator a child of the field or the member
    before it)."""
    members = cls.child_by_field_name("body").named_children
    found = {}
    for index, member in enumerate(members):
        name = member.child_by_field_name("name") if member.type == "public_field_definition" else None
        if name is None:
            continue
        decorator = next((c for c in member.children if c.type == "decorator"), None) or \
            (members[index - 1] if index > 0 and members[index - 1].type == "decorator" else None)
        value = member.child_by_field_name("value")
        if decorator is not None and (decorator.text or b"").startswith(INPUT):
            call = next((c for c in decorator.named_children if c.type == "call_expression"), None)
            given = call_arguments(call)[:1] if call is not None else []
            found[text(name)] = (_alias(given) or text(name), False)
        elif value is not None and value.type == "call_expression" and \
                text(value.child_by_field_name("function")) in SIGNAL_INPUTS:
            given = call_arguments(value)  # `input.required<T>({ alias })`, `input<T>(initial, { alias })`
            required = text(value.child_by_field_name("function")) == "input.required"
            options = given[-1:] if required else given[1:2]
            found[text(name)] = (_alias(options, literal=False) or text(name), True)
    return found


def _alias(given: list[Node], literal: bool = True) -> str:
    """The alias an input's options give it (`{ alias: 'order' }`, or the string itself where
    `literal`: `@Input('order')`); "" when none."""
    if not given:
        return ""
    option = given[0]
    if literal and string_value(option) is not None:
        return string_value(option)
    pairs = object_pairs(option) if option.type == "object" else None
    alias = (pairs or {}).get(ALIAS)
    return (string_value(alias) or "") if alias is not None else ""


def client_request(call: Node, request: RequestDecl) -> RequestDecl:
    """`this.http.get<T>(url)` in a class holding HttpClient as `http`: a request of
    ANGULAR_CLIENT (else the request as it is)."""
    owner, _dot, verb = request.callee.rpartition(".")
    body = ancestor(call, ("class_body",))
    if body is None or owner.count(".") != 1 or verb not in VERBS:
        return request
    held = injected(body).get(owner[len(THIS):])
    return replace(request, callee=f"{ANGULAR_CLIENT}.{verb}") if held == HTTP_CLIENT else request


def is_component(cls: Node) -> bool:
    """A class decorated with `@Component(...)` (on it, or on the `export` before it)."""
    holders = (cls, cls.parent) if cls.parent is not None and cls.parent.type == "export_statement" else (cls,)
    return any(child.type == "decorator" and text(child).startswith(COMPONENT)
               for holder in holders for child in holder.children)


def injected(body: Node) -> dict[str, str]:
    """The fields of a class body holding an injected instance, with its class: `http =
    inject(HttpClient)`, `tasks: TaskService`, `constructor(private tasks: TaskService)`."""
    found = {}
    for member in body.named_children:
        name = member.child_by_field_name("name")
        if member.type in FIELDS and name is not None:
            held = _held(member)
            if held:
                found[text(name)] = held
        if member.type == "method_definition" and name is not None and text(name) == "constructor":
            parameters = member.child_by_field_name("parameters")
            for parameter in parameters.named_children if parameters is not None else ():
                pattern = parameter.child_by_field_name("pattern")
                held = _held(parameter)
                if pattern is not None and held and \
                        any(c.type == "accessibility_modifier" for c in parameter.children):
                    found[text(pattern)] = held
    return found


def _held(declaration: Node) -> str:
    """The class an injected declaration holds (its type, or what `inject(T)` gives)."""
    annotation = declaration.child_by_field_name("type")
    value = declaration.child_by_field_name("value")
    if annotation is not None:
        written = text(annotation).lstrip(":").strip()
        return written if written.isidentifier() else ""
    if value is not None and value.type == "call_expression" and \
            text(value.child_by_field_name("function")) == "inject":
        given = value.child_by_field_name("arguments")
        named = [a for a in given.named_children if a.type != "comment"] if given else []
        return text(named[0]) if len(named) == 1 and named[0].type == "identifier" else ""
    return ""


def service_returns(requests: list[tuple[Node, RequestDecl]]) -> list[ReturnDecl]:
    """`Service.method` for each method of a class whose body ends with its one `return
    this.http.x(...)` (what the statements before it compute, `const params = ...`, is no
    other value returned)."""
    found = []
    for call, request in requests:
        if not request.callee.startswith(ANGULAR_CLIENT):
            continue
        statement = call.parent
        block = statement.parent if statement is not None and statement.type == "return_statement" else None
        method = block.parent if block is not None and block.type == "statement_block" else None
        owner = ancestor(method, ("class_declaration",)) if method is not None else None
        if method is None or method.type != "method_definition" or owner is None or \
                [s for s in block.named_children if s.type != "comment"][-1] != statement or \
                sum(n.type == "return_statement" for n in descendants(block, NESTED_FUNCTIONS)) != 1:
            continue
        found.append(ReturnDecl(f"{text(owner.child_by_field_name('name'))}."
                                f"{text(method.child_by_field_name('name'))}", request.site, ()))
    return found


def service_methods(requests: list[tuple[Node, RequestDecl]]) -> list[tuple[str, Node]]:
    """`Service.method` and the method, for each method of a class sending a request through
    the HttpClient it holds."""
    found = {}
    for call, request in requests:
        method = ancestor(call, ("method_definition",)) if request.callee.startswith(ANGULAR_CLIENT) else None
        owner = ancestor(method, ("class_declaration",)) if method is not None else None
        if owner is not None and method.parent is not None and method.parent.parent == owner:
            name = f"{text(owner.child_by_field_name('name'))}.{text(method.child_by_field_name('name'))}"
            found[method.id] = (name, method)
    return list(found.values())


def service_callee(call: Node, callee: str) -> str:
    """`this.visits.create` in a class holding `visits: VisitService` as `VisitService.create`
    (else `callee` as it is)."""
    owner, _dot, method = callee.rpartition(".")
    body = ancestor(call, ("class_body",)) if owner.startswith(THIS) and owner.count(".") == 1 else None
    held = injected(body).get(owner[len(THIS):]) if body is not None else None
    return f"{held}.{method}" if held and held != HTTP_CLIENT else callee


def with_services_named(uses: tuple[UseDecl, ...], root: Node) -> tuple[UseDecl, ...]:
    """Each use of `this.tasks.list()` in a class holding `tasks: TaskService` as a use of
    `TaskService.list`."""
    classes = [(node, injected(node.child_by_field_name("body"))) for node in _classes(root)]
    renamed = []
    for use in uses:
        owner, _dot, method = use.callee.rpartition(".")
        field = owner[len(THIS):] if owner.startswith(THIS) and owner.count(".") == 1 else ""
        held = next((fields.get(field) for node, fields in classes
                     if node.start_point[0] < use.site.line <= node.end_point[0] + 1), None) \
            if field else None
        renamed.append(replace(use, callee=f"{held}.{method}") if held and held != HTTP_CLIENT else use)
    return tuple(renamed)


def _classes(root: Node) -> list[Node]:
    found = []
    for statement in root.named_children:
        declared = statement.child_by_field_name("declaration") if statement.type == "export_statement" \
            else statement
        if declared is not None and declared.type == "class_declaration" and \
                declared.child_by_field_name("body") is not None:
            found.append(declared)
    return found
