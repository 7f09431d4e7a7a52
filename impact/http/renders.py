"""Templates a view renders, with the values it gives them whose model class is known
(RenderDecl), and the relationships of model classes (RelationDecl): what impact.checks.http
follows from a template's attribute reads (impact.http.template_reads) to a class.

Flask's `render_template("chat/view.html", chat=chat)` (Jinja) and Django's
`render(request, "polls/detail.html", {"poll": poll})` (`render_to_response`,
`render_to_string`, `TemplateResponse`; the context a dict literal, `dict(...)`, or a name
assigned one once in the view and written into only as `ctx["key"] = value`), where the
module imports the function from its framework and names the template with a literal. A
value's class is known from a view's own assignments (a name assigned once; what is written
into it, `check.project.x = ...`, leaves its class as it is): one row of a query
(`Cls.query.get(id)`, `...first()`, `...first_or_404()`, `Cls.objects.get(...)`),
`db.session.get(Cls, id)`, `db.get_or_404(Cls, id)`, `get_object_or_404(Cls, ...)`, or rows
of one (`Cls.query.filter_by(...).all()`, `Cls.objects.filter(...)`): a query whose every
method keeps its rows instances of `Cls` (not `.values()`, `.with_entities()`, ...); and
SQLAlchemy 2.0's `db.session.scalars(select(Cls)...)`, `db.session.execute(select(Cls))
.scalar_one()`, `db.one_or_404(db.select(Cls)...)`. Django's
generic views name their template and model in their class body (`template_name`, `model` or
`queryset`): a DetailView, UpdateView or DeleteView gives the template one object, a ListView
a list of them.

Relationships: `comments = db.relationship("Comment", ...)` (SQLAlchemy; with no class named,
the one its `Mapped["Comment"]`, `Mapped[list["Comment"]]` annotation names) and Django's
`ForeignKey(User, ...)`, `OneToOneField`, `ManyToManyField`, with the class named by a name
or a string.
"""

from __future__ import annotations

from collections.abc import Iterable

from tree_sitter import Node

from impact.http.py_bodies import (
    ONE_ROW,
    QUERY_ROOTS,
    ViewScope,
    is_class_name,
    module_classes,
    module_functions,
)
from impact.http.py_syntax import call_arguments, string_literal
from impact.http.py_types import optional_inner, type_arguments
from impact.http.url_names import framework_calls
from impact.lang.signatures import python_parameters
from impact.lang.treesitter import ancestor, site, text
from impact.model import Import, RelationDecl, RenderDecl, RenderWrapperDecl, TemplateValueDecl

FLASK, DJANGO = "flask", "django"
# a renderer: its framework, the modules it is imported from, the positions of the template's
# name and of the context (None: the context is the keyword arguments)
RENDERERS = {
    "render_template": (FLASK, ("flask", "quart"), 0, None),
    "render_theme_template": (FLASK, ("flask_themes2",), 1, None),  # (theme, template, **context)
    "render": (DJANGO, ("django.shortcuts",), 1, 2),
    "render_to_response": (DJANGO, ("django.shortcuts",), 0, 1),
    "render_to_string": (DJANGO, ("django.template.loader",), 0, 1),
    "TemplateResponse": (DJANGO, ("django.template.response",), 1, 2),
}
_RENDERER_NAMES = frozenset(name.encode() for name in RENDERERS)  # compared before decoding
TEMPLATE_KEYWORDS = ("template_name_or_list", "template_name")
# how a template's name ends, where a call gives it to a function of the repository
_TEMPLATE_SUFFIXES = (".html", ".htm", ".jinja", ".jinja2", ".j2", ".txt", ".xml")
TEMPLATE_SUFFIXES = tuple(suffix.encode() for suffix in _TEMPLATE_SUFFIXES)
# query methods whose rows are the rows they are called on (instances of the queried class)
ROWS_KEPT = ("all", "filter", "filter_by", "exclude", "order_by", "distinct", "limit", "offset",
             "select_related", "prefetch_related", "join", "outerjoin", "options", "only", "defer",
             "using", "where", "reverse")
# SQLAlchemy 2.0: what a method taking a `select(Cls)` gives (instances of Cls, one or many,
# or rows that hold them), and what the methods of that give
ONE, MANY, ROWS = "one", "many", "rows"
SELECT_TAKERS = {"scalars": MANY, "scalar": ONE, "execute": ROWS, "one_or_404": ONE,
                 "first_or_404": ONE}
RESULT_METHODS = {
    ROWS: {"scalars": MANY, "scalar_one": ONE, "scalar_one_or_none": ONE, "scalar": ONE},
    MANY: {"all": MANY, "unique": MANY, "first": ONE, "one": ONE, "one_or_none": ONE},
    ONE: {},
}
ROW_GETTERS = ("get_object_or_404", "get_or_404", "first_or_404")  # (Cls, ...)
SESSIONS = ("session", "db")  # `db.session.get(Cls, id)`, `session.get`, `db.get_or_404`
# Django's generic views that give their template one object, or a list of them
GENERIC_VIEWS = {"DetailView": "object", "UpdateView": "object", "DeleteView": "object",
                 "ListView": "list"}
ANNOTATED_LISTS = ("list", "List", "Sequence", "Iterable", "QuerySet")
COLLECTIONS = ("list", "List", "set", "Set", "WriteOnlyMapped", "DynamicMapped")
RELATIONS = ("relationship", "relation", "ForeignKey", "OneToOneField", "ManyToManyField")
MAX_DEPTH = 4


def renders(root: Node, plain_calls: list[Node], imports: Iterable[Import]) -> list[RenderDecl]:
    """The templates rendered by the module's views (`root`), with the values of known
    classes: through the framework's renderer, or through a function of the repository that
    may be a render wrapper (RenderWrapperDecl), called with a template's name."""
    candidates, imported = framework_calls(plain_calls, imports, RENDERERS, _RENDERER_NAMES)
    through = _wrapper_calls(root, plain_calls)
    if not candidates and not through:
        return []
    returns = annotated_returns(root)
    found = []
    scopes: dict[int, ViewScope] = {}
    for call in candidates:
        renderer = text(call.child_by_field_name("function"))
        view = ancestor(call, ("function_definition",))
        if renderer not in imported or view is None:
            continue
        framework, _modules, name_at, context_at = RENDERERS[renderer]
        positional, keywords = call_arguments(call)
        template = string_literal(_argument(positional, keywords, name_at, TEMPLATE_KEYWORDS))
        if template is None:
            continue
        scope = scopes.setdefault(view.id, ViewScope(view))
        given = keywords if context_at is None else \
            _context(scope, _argument(positional, keywords, context_at, ("context",)))
        values = _known_values(scope, given, returns)
        if values:
            found.append(RenderDecl(template, framework, values, site(call)))
    for call, view, template, at in through:
        keywords = call_arguments(call)[1]
        values = _known_values(scopes.setdefault(view.id, ViewScope(view)), keywords, returns)
        if values:
            found.append(RenderDecl(template, FLASK, values, site(call),
                                    text(call.child_by_field_name("function")), at))
    return found


def _known_values(scope: ViewScope, given: dict[str, Node], returns: dict[str, Node]
                  ) -> tuple[TemplateValueDecl, ...]:
    return tuple(TemplateValueDecl(name, *known) for name, value in given.items()
                 if name != "**" and (known := value_class(scope, value, returns)) is not None)


def _wrapper_calls(root: Node, plain_calls: list[Node]) -> list[tuple[Node, Node, str, int]]:
    """(call, view, template, its position) of the calls in functions of a function other
    than a renderer with a template's name among their positional arguments and values by
    keyword: `render_page("chat/view.html", chat=chat)`."""
    if not any(suffix in (root.text or b"") for suffix in TEMPLATE_SUFFIXES):
        return []
    found = []
    for call in plain_calls:
        if call.child_by_field_name("function").text in _RENDERER_NAMES:
            continue
        positional, keywords = call_arguments(call, splats=False)
        template = next(((at, name) for at, node in enumerate(positional)
                         if (name := string_literal(node)) and name.endswith(_TEMPLATE_SUFFIXES)),
                        None)
        view = ancestor(call, ("function_definition",)) if template and keywords else None
        if view is not None:
            found.append((call, view, template[1], template[0]))
    return found


def render_wrappers(plain_calls: list[Node], imports: Iterable[Import]) -> list[RenderWrapperDecl]:
    """The module-level functions that give a Flask renderer (or another such function of the
    module) the template one of their parameters names (or the first of their `*args`) and
    their `**kwargs`."""
    imported = framework_calls(plain_calls, imports, RENDERERS, _RENDERER_NAMES)[1]
    renderers = {name: RENDERERS[name][2] for name in imported if RENDERERS[name][3] is None}
    if not renderers:
        return []
    calls = [(call, function) for call in plain_calls
             if (function := ancestor(call, ("function_definition",))) is not None
             and ancestor(function, ("function_definition", "class_definition")) is None]
    found: dict[str, int] = {}
    for _ in range(MAX_DEPTH):  # a wrapper of a wrapper of the module, and so on
        more = {text(function.child_by_field_name("name")): at
                for call, function in calls
                if (at_renderer := renderers.get(text(call.child_by_field_name("function")))) is not None
                and (at := _template_parameter(function, call, at_renderer)) is not None}
        if more.keys() <= found.keys():
            break
        found |= more
        renderers |= more
    return [RenderWrapperDecl(name, at) for name, at in found.items()]


def _template_parameter(function: Node, call: Node, at: int) -> int | None:
    """The position of the function's parameter the call names its template by (the call's
    positional argument `at`), when the call also passes on the function's `**kwargs`."""
    positional, star, double_star = _parameters(function)
    arguments = call.child_by_field_name("arguments").named_children
    if double_star is None or not any(a.type == "dictionary_splat" and _splatted(a) == double_star
                                      for a in arguments):
        return None
    given = [a for a in arguments if a.type not in ("keyword_argument", "dictionary_splat", "comment")]
    splat = next((n for n, a in enumerate(given[:at + 1]) if a.type == "list_splat"), None)
    if splat is not None:  # `*args` at or before the template: args[at - splat]
        return len(positional) + at - splat if star is not None and \
            _splatted(given[splat]) == star else None
    template = given[at] if at < len(given) else None
    if template is not None and template.type == "identifier" and text(template) in positional:
        return positional.index(text(template))
    if template is not None and star is not None and template.type == "subscript" and \
            (index := text(template).replace(" ", "").removeprefix(f"{star}[")).endswith("]") and \
            index[:-1].isdigit():
        return len(positional) + int(index[:-1])  # `args[0]`: what follows the named parameters
    return None


def _splatted(argument: Node) -> str | None:
    inner = argument.named_children[0] if argument.named_children else None
    return text(inner) if inner is not None and inner.type == "identifier" else None


def _parameters(function: Node) -> tuple[list[str], str | None, str | None]:
    """The names of a function's positional parameters, of its `*args` and its `**kwargs`."""
    parameters = python_parameters(function.child_by_field_name("parameters")) or ()
    named = {p.kind: p.name for p in parameters if p.kind in ("var-positional", "var-keyword")}
    return [p.name for p in parameters if p.kind in ("positional-only", "positional")], \
        named.get("var-positional"), named.get("var-keyword")


def class_views(root: Node) -> list[RenderDecl]:
    """Django's generic views with a literal `template_name` and a `model` (or a `queryset` of
    one): a DetailView, UpdateView or DeleteView gives its template the object as `object` and
    as the model's name (`poll`), a ListView gives the list as `object_list` and `poll_list`
    (or as `context_object_name`)."""
    if b"View" not in (root.text or b""):
        return []
    found = []
    for cls in module_classes(root):
        if cls.child_by_field_name("superclasses") is None:
            continue
        kinds = {GENERIC_VIEWS.get(text(base).rsplit(".", 1)[-1])
                 for base in cls.child_by_field_name("superclasses").named_children} - {None}
        if len(kinds) != 1:
            continue
        body = _class_body(cls)
        template = string_literal(body.get("template_name"))
        model = body.get("model")
        known = (text(model), False) if model is not None and model.type in ("identifier", "attribute") \
            else _queried(body["queryset"]) if body.get("queryset") is not None and \
            body["queryset"].type == "call" else None
        if template is None or known is None or not is_class_name(known[0]):
            continue
        many = kinds == {"list"}
        named = string_literal(body.get("context_object_name")) or \
            known[0].rsplit(".", 1)[-1].lower() + ("_list" if many else "")
        values = tuple(TemplateValueDecl(name, known[0], many)
                       for name in dict.fromkeys(("object_list" if many else "object", named)))
        found.append(RenderDecl(template, DJANGO, values, site(cls.child_by_field_name("name"))))
    return found


def _class_body(cls: Node) -> dict[str, Node]:
    """The values a class body assigns to plain names."""
    return {name: assignment.child_by_field_name("right")
            for name, assignment in _class_assignments(cls).items()}


def _class_assignments(cls: Node) -> dict[str, Node]:
    """The assignments of a value to a plain name in a class body (annotated or not)."""
    assigned = {}
    for line in cls.child_by_field_name("body").named_children:
        assignment = line.named_children[0] if line.type == "expression_statement" and \
            line.named_children else None
        if assignment is not None and assignment.type == "assignment" and \
                assignment.child_by_field_name("left").type == "identifier" and \
                assignment.child_by_field_name("right") is not None:
            assigned[text(assignment.child_by_field_name("left"))] = assignment
    return assigned


def _argument(positional: list[Node], keywords: dict[str, Node], at: int, names: tuple[str, ...]
              ) -> Node | None:
    if len(positional) > at:
        return positional[at]
    return next((keywords[name] for name in names if name in keywords), None)


def _context(scope: ViewScope, node: Node | None, depth: int = 0) -> dict[str, Node]:
    """A Django context's values by name: a dict literal's string keys, `dict(x=...)`."""
    if node is None or depth > MAX_DEPTH:
        return {}
    if node.type == "identifier":
        name = text(node)
        if name in scope.written_otherwise or scope.assigned.get(name) is None:
            return {}
        assigned = _context(scope, scope.assigned[name], depth + 1)
        return {**assigned, **scope.keyed.get(name, {})}  # `ctx["check"] = check`
    if node.type == "dictionary":
        return {key: pair.child_by_field_name("value") for pair in node.named_children
                if pair.type == "pair" and
                (key := string_literal(pair.child_by_field_name("key"))) is not None}
    if node.type == "call" and text(node.child_by_field_name("function")) == "dict":
        positional, keywords = call_arguments(node)
        return keywords if not positional else {}
    return {}


def annotated_returns(root: Node) -> dict[str, Node]:
    """The return annotations of the module's functions, by name."""
    found = {}
    for function in module_functions(root):
        annotation = function.child_by_field_name("return_type")
        if annotation is not None:
            found[text(function.child_by_field_name("name"))] = annotation
    return found


def value_class(scope: ViewScope, node: Node | None, returns: dict[str, Node], depth: int = 0
                ) -> tuple[str, bool] | None:
    """(class as written, a list of them) of the rows or row a value is, if known; `returns`:
    the return annotations of the module's functions (`def _get_check(...) -> Check`)."""
    if node is None or depth > MAX_DEPTH:
        return None
    if node.type == "identifier":  # what is written into a value leaves its class as it is
        name = text(node)
        unpacked = scope.unpacked.get(name)
        if unpacked is not None:  # `check, rw = _get_check_for_user(...)`
            return _returned(unpacked[1], returns, unpacked[0])
        return value_class(scope, scope.assigned.get(name), returns, depth + 1)
    if node.type != "call":
        return None
    function = node.child_by_field_name("function")
    if function.type == "identifier" and text(function) in returns:
        return _returned(node, returns)
    positional, _keywords = call_arguments(node)
    name = text(function).rsplit(".", 1)[-1]
    first = positional[0] if positional else None
    named_first = first is not None and first.type in ("identifier", "attribute") and \
        is_class_name(text(first))
    if named_first and (name in ROW_GETTERS or name == "get" and function.type == "attribute" and
                        text(function.child_by_field_name("object")).rsplit(".", 1)[-1] in SESSIONS):
        return text(first), False  # get_object_or_404(Cls, ...), db.session.get(Cls, id)
    selected = _selected_result(node)
    if selected is not None and selected[1] != ROWS:
        return selected[0], selected[1] == MANY
    return _queried(node)


def _returned(call: Node | None, returns: dict[str, Node], index: int | None = None
              ) -> tuple[str, bool] | None:
    """What a call of a module's function returns, by its annotation: `-> Check`,
    `-> list[Check]`, `-> Check | None`; with `index`, that element of `-> tuple[Check, bool]`."""
    function = call.child_by_field_name("function") if call is not None and call.type == "call" \
        else None
    annotation = returns.get(text(function)) if function is not None and function.type == "identifier" \
        else None
    if annotation is None:
        return None
    node = annotation.named_children[0] if annotation.type == "type" and annotation.named_children \
        else annotation
    if index is not None:
        outer = node.named_children[0] if node.type == "generic_type" else \
            node.child_by_field_name("value") if node.type == "subscript" else None
        elements = type_arguments(node) if outer is not None and text(outer) in ("tuple", "Tuple") else []
        if index >= len(elements) or any(e.type == "ellipsis" for e in elements):
            return None
        node = elements[index]
    return _annotated_class(node)


def _annotated_class(node: Node) -> tuple[str, bool] | None:
    """(class, a list of them) a type annotation names: `Check`, `Check | None`, `list[Check]`."""
    if node.type == "type" and node.named_children:
        node = node.named_children[0]
    node = optional_inner(node) or node
    if node.type in ("identifier", "attribute"):
        return (text(node), False) if is_class_name(text(node)) else None
    if node.type in ("generic_type", "subscript"):
        outer = node.named_children[0] if node.type == "generic_type" else node.child_by_field_name("value")
        arguments = type_arguments(node)
        inner = _annotated_class(arguments[0]) if len(arguments) == 1 and \
            text(outer).rsplit(".", 1)[-1] in ANNOTATED_LISTS else None
        return (inner[0], True) if inner is not None and not inner[1] else None
    return None


def _selected_result(call: Node, depth: int = 0) -> tuple[str, str] | None:
    """(class, ONE | MANY | ROWS) of SQLAlchemy 2.0's `db.session.scalars(select(Cls))`,
    `db.session.execute(select(Cls)).scalar_one()`, `db.one_or_404(db.select(Cls)...)`."""
    function = call.child_by_field_name("function")
    if function.type != "attribute" or depth > MAX_DEPTH:
        return None
    name = text(function.child_by_field_name("attribute"))
    receiver = function.child_by_field_name("object")
    positional = call_arguments(call)[0]
    if len(positional) == 1 and name in SELECT_TAKERS:
        selected = _selected_class(positional[0])
        return (selected, SELECT_TAKERS[name]) if selected is not None else None
    result = _selected_result(receiver, depth + 1) if receiver.type == "call" else None
    if result is None:
        return None
    return (result[0], RESULT_METHODS[result[1]][name]) if name in RESULT_METHODS[result[1]] else None


def _selected_class(node: Node) -> str | None:
    """Cls of `select(Cls)`, `db.select(Cls).where(...).order_by(...)`."""
    while node.type == "call":
        function = node.child_by_field_name("function")
        name = text(function).rsplit(".", 1)[-1]
        if name == "select":
            positional, keywords = call_arguments(node)
            written = text(positional[0]) if len(positional) == 1 and not keywords and \
                positional[0].type in ("identifier", "attribute") else ""
            return written if is_class_name(written) else None
        if function.type != "attribute" or name not in ROWS_KEPT:
            return None
        node = function.child_by_field_name("object")
    return None


def _queried(call: Node) -> tuple[str, bool] | None:
    """`Cls.query.filter_by(...).all()` (rows), `Cls.objects.get(...)` (a row): a query of one
    class whose methods keep its rows instances of it."""
    methods = []
    node = call
    while node.type == "call":
        function = node.child_by_field_name("function")
        if function.type != "attribute":
            return None
        methods.append(text(function.child_by_field_name("attribute")))
        node = function.child_by_field_name("object")
    owner = node.child_by_field_name("object") if node.type == "attribute" else None
    if owner is None or text(node.child_by_field_name("attribute")) not in QUERY_ROOTS or \
            owner.type not in ("identifier", "attribute") or not is_class_name(text(owner)):
        return None
    last, kept = methods[0], methods[1:]
    if any(method not in ROWS_KEPT for method in kept):
        return None
    if last in ONE_ROW:
        return text(owner), False
    return (text(owner), True) if last in ROWS_KEPT else None


def relations(root: Node) -> tuple[RelationDecl, ...]:
    """The relationships module-level classes declare in their bodies."""
    source = root.text or b""
    if not any(name.encode() + b"(" in source for name in RELATIONS):
        return ()
    found = []
    for cls in module_classes(root):
        model = text(cls.child_by_field_name("name"))
        for attribute, assignment in _class_assignments(cls).items():
            value = assignment.child_by_field_name("right")
            target = _related_class(value, assignment.child_by_field_name("type"))
            if target is not None:
                found.append(RelationDecl(model, attribute, model if target == "self" else target,
                                          _reverse(value)))
    return tuple(found)


def _related_class(value: Node | None, annotation: Node | None) -> str | None:
    """The class a relationship's value is an instance of (or a list of): `relationship("X")`,
    `models.ForeignKey(X)`, `ForeignKey("app.X")`, or `x: Mapped[list["X"]] = relationship()`."""
    if value is None or value.type != "call" or \
            text(value.child_by_field_name("function")).rsplit(".", 1)[-1] not in RELATIONS:
        return None
    positional, _keywords = call_arguments(value)
    if not positional:
        return _mapped_class(annotation) if annotation is not None else None
    first = positional[0]
    if first.type == "identifier":
        return text(first)
    written = string_literal(first)
    name = written.rsplit(".", 1)[-1] if written else ""
    return name if name == "self" or name.isidentifier() and is_class_name(name) else None


def _mapped_class(annotation: Node) -> str | None:
    """X of SQLAlchemy's `Mapped["X"]`, `Mapped[X | None]`, `Mapped[list["X"]]`."""
    node = annotation.named_children[0] if annotation.type == "type" and annotation.named_children \
        else annotation
    if node.type not in ("generic_type", "subscript"):
        return None
    outer = node.named_children[0] if node.type == "generic_type" else node.child_by_field_name("value")
    arguments = type_arguments(node)
    if text(outer).rsplit(".", 1)[-1] != "Mapped" or len(arguments) != 1:
        return None
    inner = optional_inner(arguments[0]) or arguments[0]
    if inner.type in ("generic_type", "subscript"):
        outer = inner.named_children[0] if inner.type == "generic_type" else \
            inner.child_by_field_name("value")
        items = type_arguments(inner)
        if text(outer).rsplit(".", 1)[-1] not in COLLECTIONS or len(items) != 1:
            return None
        inner = items[0]
    written = text(inner) if inner.type == "identifier" else string_literal(inner)
    return written if written and written.isidentifier() and is_class_name(written) else None


def _reverse(relationship: Node) -> str:
    """The attribute a relationship gives its target: `backref="chat"`, `backref=backref("chat")`,
    `related_name="comments"`."""
    _positional, keywords = call_arguments(relationship)
    given = keywords.get("backref") or keywords.get("related_name")
    if given is not None and given.type == "call":
        named = call_arguments(given)[0]
        given = named[0] if named else None
    return string_literal(given) or ""


