"""The JSON bodies a Python handler sends, and the classes that may be a response.

A view's bodies come from its `return` statements: `jsonify({...})`, `jsonify(a=1)`, a dict
literal, `JSONResponse(content=...)`, a list of dict literals or a comprehension building
them, `obj.to_dict()` (and `as_dict`, `serialize`, `to_json`) when the class of `obj` is
known in the view (`Cls(...)`, `Cls.query...first()`, `db.session.get(Cls, id)`, `...all()`
for a list), an instance `Cls(...)` of a response model, or a name assigned once in the view
to one of those and never written to. Strings, redirects and rendered templates send no JSON
object. Anything else is open. FastAPI's `response_model=` (or the return annotation) names
the model whose fields are sent, by alias unless `response_model_by_alias=False`.

Classes: their annotated fields (pydantic: `Field(alias=...)`, `serialization_alias`,
`exclude=True`, `ClassVar`, private names, `@computed_field`), their config
(`extra="allow"` opens them; `alias_generator` as written) and their serializer methods.
Whether a class is a pydantic model is decided with the whole revision in view.
"""

from __future__ import annotations

from collections.abc import Iterator

from tree_sitter import Node

from impact.http import drf, marshmallow, py_requests, sanic
from impact.http.py_syntax import call_arguments, definition_of, string_literal
from impact.http.py_types import optional_inner, type_arguments
from impact.lang.treesitter import site, text
from impact.model import BodyDecl, FieldDecl, ModelDecl, ProducerDecl

OPEN = BodyDecl("open")
DATACLASS = "@dataclass"  # ModelDecl.bases of a dataclass: its fields are what it sends
NONE = BodyDecl("none")
JSON_CALLS = ("jsonify", "make_response", "JSONResponse", "ORJSONResponse", "UJSONResponse",
              "JsonResponse", "Response",  # Django's, DRF's (Flask's and Starlette's with text)
              "json_response")  # aiohttp's `web.json_response(data, status=...)`
# the body is the first argument (or `data=`)
# what a view a table names returns: Django's, DRF's, Starlette's (`Route("/x", view)`)
VIEW_RESPONSES = ("JsonResponse", "Response", "JSONResponse")
DATA_CALLS = ("make_response", "JsonResponse", "Response", "json_response")
NOT_JSON_CALLS = ("render_template", "render_template_string", "redirect", "send_file",
                  "send_from_directory", "abort", "HTMLResponse", "PlainTextResponse",
                  "RedirectResponse", "FileResponse", "StreamingResponse", "render", "stream_template")
SERIALIZERS = ("to_dict", "as_dict", "serialize", "to_json")
CUSTOM_OUTPUT = ("model_dump", "dict", "json", "model_dump_json", "__iter__", "__getattr__")
ONE_ROW = ("get", "get_or_404", "first", "first_or_404", "one", "one_or_404", "one_or_none",
           "scalar_one", "scalar_one_or_none")
QUERY_ROOTS = ("query", "objects")
SESSION_GETS = ("get", "get_or_404", "get_object_or_404")
MODEL_CONSTRUCTORS = ("model_validate", "from_orm", "parse_obj", "model_construct", "construct")
GENERIC_BASES = ("Generic", "typing.Generic", "GenericModel", "pydantic.generics.GenericModel")
LIST_TYPES = ("list", "List", "Sequence", "typing.List", "typing.Sequence", "Iterable", "tuple")
NESTED = ("function_definition", "class_definition", "lambda")
NOT_FIELDS = ("Relationship", "relationship", "PrivateAttr")
MAX_DEPTH = 4
CALLED = "()"  # FieldDecl.holds of a dict's value a function call gives: "book_to_dict()"


# -- views ------------------------------------------------------------------------------


def view_producers(root: Node) -> tuple[ProducerDecl, ...]:
    """Module-level functions that return a Django `JsonResponse`, a DRF `Response` or a
    Starlette `JSONResponse`: views a URL conf or a routing table names (`path("x/",
    views.detail)`, `Route("/x", views.detail)`), read where they are declared."""
    if b"Response(" not in (root.text or b""):
        return ()
    found = []
    for statement in root.named_children:
        function = definition_of(statement)
        if function is None or function.type != "function_definition" or \
                not any(_returns_response(r) for r in ViewScope(function).returns):
            continue
        name = function.child_by_field_name("name")
        found.append(ProducerDecl(text(name), view_bodies(function), site(name),
                                  methods=drf.allowed_methods(statement)))
    return tuple(found)


def serializer_producers(root: Node, views: tuple[ProducerDecl, ...] = ()) -> tuple[ProducerDecl, ...]:
    """Module-level functions every `return` of which gives a dict literal (`def
    book_to_dict(book): return {"id": book.id, ...}`): serializers whose result a view sends
    (`JsonResponse(book_to_dict(book))`), looked up where a view's body calls one."""
    if b"return {" not in (root.text or b""):
        return ()
    taken = {p.name for p in views}
    found = []
    for function in module_functions(root):
        if text(function.child_by_field_name("name")) in taken:
            continue
        scope = ViewScope(function)
        values = [r.named_children[0] if r.named_children else None for r in scope.returns]
        if not values or any(v is None or v.type != "dictionary" for v in values):
            continue
        bodies = tuple(dict.fromkeys(scope.body(v) for v in values))
        if all(b.kind == "object" for b in bodies):
            name = function.child_by_field_name("name")
            found.append(ProducerDecl(text(name), bodies, site(name)))
    return tuple(found)


def _returns_response(statement: Node) -> bool:
    value = statement.named_children[0] if statement.named_children else None
    return value is not None and value.type == "call" and \
        text(value.child_by_field_name("function")).rsplit(".", 1)[-1] in VIEW_RESPONSES


def view_bodies(function: Node) -> tuple[BodyDecl, ...]:
    """What a view function returns as JSON, one body per `return`."""
    scope = ViewScope(function)
    bodies = []
    for statement in scope.returns:
        value = statement.named_children[0] if statement.named_children else None
        if value is None:
            bodies.append(NONE)
            continue
        if value.type in ("expression_list", "tuple") and value.named_children:
            value = value.named_children[0]  # (body, status[, headers])
        bodies.append(scope.body(value))
    return tuple(dict.fromkeys(bodies))


def route_model(decorator: Node, function: Node) -> BodyDecl | None:
    """FastAPI's response model: `response_model=` of the decorator, else the annotation."""
    keywords = call_arguments(decorator, splats=False)[1]
    if any(k in keywords for k in ("response_model_include", "response_model_exclude")):
        return OPEN
    by_alias = "response_model_by_alias" not in keywords or \
        text(keywords["response_model_by_alias"]) != "False"
    if "response" in keywords:  # Django Ninja: by field names unless `by_alias=True`
        return ninja_response(keywords["response"], "by_alias" in keywords and
                              text(keywords["by_alias"]) == "True")
    if "response_model" in keywords:
        value = keywords["response_model"]
        if value.type == "none":
            return None
        named = _type_reference(value) or generic_reference(value)
        return OPEN if named is None else BodyDecl("model", ref=named[0], many=named[1],
                                                   by_alias=by_alias, arguments=named[2:])
    annotation = function.child_by_field_name("return_type")
    written = annotation.named_children[0] if annotation is not None and \
        annotation.named_children else None
    named = (_type_reference(written) or generic_reference(written)) if written is not None else None
    return BodyDecl("annotation", ref=named[0], many=named[1], by_alias=by_alias,
                    arguments=named[2:]) if named else None


def ninja_response(value: Node, by_alias: bool) -> BodyDecl:
    """Django Ninja's `response=`: a schema (`M`, `list[M]`), or a map of status codes to
    schemas (`{201: M, 404: Error}`: the success's; `{204: None}`: no body)."""
    if value.type == "dictionary":
        pairs = [(text(p.child_by_field_name("key")), p.child_by_field_name("value"))
                 for p in value.named_children if p.type == "pair"]
        success = [v for key, v in pairs if not key.isdigit() or 200 <= int(key) < 300]
        if len(pairs) != value.named_child_count or len(success) != 1:
            return OPEN  # a splat, a key that is no status code (`codes_2xx`), several
        value = success[0]
    if value.type == "none":
        return BodyDecl("none")
    named = _type_reference(value) or generic_reference(value)
    return OPEN if named is None else BodyDecl("model", ref=named[0], many=named[1],
                                               by_alias=by_alias, arguments=named[2:])


def _type_reference(node: Node) -> tuple[str, bool] | None:
    """(class, a list of it) a type expression names: `M`, `list[M]`, `Optional[M]`, `M | None`."""
    if node.type in ("identifier", "attribute"):
        return text(node), False
    if node.type == "type" and node.named_children:
        return _type_reference(node.named_children[0])
    optional = optional_inner(node)
    if optional is not None:
        return _type_reference(optional)
    if node.type in ("subscript", "generic_type"):
        outer = node.child_by_field_name("value") if node.type == "subscript" else node.named_children[0]
        arguments = type_arguments(node)
        if len(arguments) == 2 and arguments[1].type == "ellipsis":  # `tuple[M, ...]`
            arguments = arguments[:1]
        found = _type_reference(arguments[0]) if len(arguments) == 1 else None
        if found is not None and not found[1] and text(outer) in LIST_TYPES:
            return found[0], True
    return None


def generic_reference(node: Node) -> tuple[str | bool, ...] | None:  # (str, bool, *str)
    """(generic class, a list of it, its type arguments) a type expression names when they
    are plain names: `Page[TaskOut]`, `list[Page[TaskOut]]`, `Optional[Page[TaskOut]]`."""
    if node.type == "type" and node.named_children:
        return generic_reference(node.named_children[0])
    optional = optional_inner(node)
    if optional is not None:
        return generic_reference(optional)
    if node.type not in ("subscript", "generic_type"):
        return None
    outer = node.child_by_field_name("value") if node.type == "subscript" else node.named_children[0]
    arguments = type_arguments(node)
    if text(outer) in LIST_TYPES:
        inner = generic_reference(arguments[0]) if len(arguments) == 1 else None
        return (inner[0], True, *inner[2:]) if inner is not None and not inner[1] else None
    names = [_type_reference(argument) for argument in arguments]
    if outer.type not in ("identifier", "attribute") or not names or \
            any(n is None or n[1] for n in names):
        return None
    return (text(outer), False, *(n[0] for n in names))


def value_holds(annotation: Node | None) -> tuple[str, bool]:
    """(FieldDecl.holds, .holds_many) of a field annotated so: a class or type parameter
    (a name that starts upper case), or a list of one."""
    named = _type_reference(annotation) if annotation is not None else None
    if named is None or not named[0].rsplit(".", 1)[-1][:1].isupper():
        return "", False
    return named


class ViewScope:
    """A function's returns and the names it assigns exactly once and never writes into;
    the keys written into a name only as `x["key"] = value` (`keyed`); and the names bound
    only once, by unpacking a value (`check, rw = f(...)`: `unpacked`, their place in it)."""

    def __init__(self, function: Node):
        self.returns: list[Node] = []
        self.assigned: dict[str, Node | None] = {}
        self.written: set[str] = set()
        self.keyed: dict[str, dict[str, Node | None]] = {}  # name -> key -> value (None: twice)
        self.written_otherwise: set[str] = set()
        self.unpacked: dict[str, tuple[int, Node] | None] = {}  # None: bound again
        body = function.child_by_field_name("body")
        for node in own_nodes(body):
            if node.type == "return_statement":
                self.returns.append(node)
            elif node.type in ("assignment", "augmented_assignment"):
                self._assignment(node)
            elif node.type in ("for_statement", "with_item", "for_in_clause"):
                for name in _identifiers(node.child_by_field_name("left") or node):
                    self.assigned[name] = None
                    self.unpacked[name] = None
            elif node.type == "call":
                self._mutating_call(node)

    def _assignment(self, node: Node) -> None:
        left = node.child_by_field_name("left")
        if left.type == "identifier" and node.type == "assignment":
            name = text(left)
            self.assigned[name] = node.child_by_field_name("right") if name not in self.assigned \
                else None
            if name in self.unpacked:
                self.unpacked[name] = None
        elif left.type in ("subscript", "attribute"):
            root = left
            while root.type in ("subscript", "attribute"):
                root = root.child_by_field_name("value" if root.type == "subscript" else "object")
            self.written.add(text(root))
            key = string_literal(left.child_by_field_name("subscript")) if left.type == "subscript" and \
                left.child_by_field_name("value").type == "identifier" and node.type == "assignment" \
                else None
            if key is None:
                self.written_otherwise.add(text(root))
            else:
                keys = self.keyed.setdefault(text(root), {})
                keys[key] = node.child_by_field_name("right") if key not in keys else None
        else:
            simple = left.type in ("pattern_list", "tuple_pattern") and node.type == "assignment" \
                and all(c.type == "identifier" for c in left.named_children)
            for index, name in enumerate(_identifiers(left)):
                once = simple and name not in self.assigned
                self.unpacked[name] = (index, node.child_by_field_name("right")) if once else None
                self.assigned[name] = None

    def _mutating_call(self, call: Node) -> None:
        function = call.child_by_field_name("function")
        if function.type == "attribute" and text(function.child_by_field_name("attribute")) in (
                "update", "setdefault", "pop", "append", "extend", "insert", "__setitem__"):
            self.written.add(text(function.child_by_field_name("object")))
            self.written_otherwise.add(text(function.child_by_field_name("object")))

    def value(self, name: str) -> Node | None:
        return None if name in self.written else self.assigned.get(name)

    def body(self, node: Node, depth: int = 0) -> BodyDecl:
        if depth > MAX_DEPTH:
            return OPEN
        if node.type in ("await", "parenthesized_expression") and node.named_children:
            return self.body(node.named_children[-1], depth + 1)
        if node.type == "dictionary":
            fields = dict_fields(node)
            return OPEN if fields is None else BodyDecl("object", fields)
        if node.type in ("list", "tuple"):
            return self._list(node, depth)
        if node.type == "list_comprehension":
            return self._comprehension(node, depth)
        if node.type in ("string", "concatenated_string", "none", "integer", "true", "false"):
            return NONE
        if node.type == "identifier":
            value = self.value(text(node))
            return self.body(value, depth + 1) if value is not None else OPEN
        if node.type == "call":
            return self._call(node, depth)
        if node.type == "attribute":  # DRF: `S(obj).data`, `serializer.data`
            return drf.serializer_data(node, self.value) or OPEN
        return OPEN

    def _list(self, node: Node, depth: int) -> BodyDecl:
        items = [self.body(i, depth + 1) for i in node.named_children if i.type != "comment"]
        if not items:
            return BodyDecl("none", many=True)
        if all(i.kind == "object" and not i.many for i in items):
            return BodyDecl("object", tuple(dict.fromkeys(f for i in items for f in i.fields)),
                            many=True)
        return OPEN

    def _comprehension(self, node: Node, depth: int) -> BodyDecl:
        element = node.child_by_field_name("body")
        clauses = [c for c in node.named_children if c.type == "for_in_clause"]
        if element is None or len(clauses) != 1:
            return OPEN
        variable, iterable = clauses[0].child_by_field_name("left"), clauses[0].child_by_field_name("right")
        if element.type == "dictionary":
            fields = dict_fields(element)
            return OPEN if fields is None else BodyDecl("object", fields, many=True)
        called = element.child_by_field_name("function") if element.type == "call" else None
        if called is not None and called.type == "identifier" and not is_class_name(text(called)):
            return BodyDecl("call", ref=text(called), many=True)  # [to_dict(b) for b in books]
        method = _serializer_call(element)
        if method is not None and variable is not None and variable.type == "identifier" and \
                text(method[0]) == text(variable):
            cls = self.class_of(iterable, depth + 1)
            if cls is not None and cls[1]:
                return BodyDecl("serialized", ref=cls[0], method=method[1], many=True)
        return OPEN

    def _call(self, call: Node, depth: int) -> BodyDecl:
        answered = sanic.json_content(call)
        if answered is not None:
            return self.body(answered, depth + 1)
        function = call.child_by_field_name("function")
        name = text(function).rsplit(".", 1)[-1]
        positional, keywords = call_arguments(call)
        if name in JSON_CALLS:
            if "**" in keywords:
                return OPEN
            content = keywords.get("content") if name.endswith("JSONResponse") else \
                keywords.get("data") if name in DATA_CALLS else None
            if content is None and positional:
                content = positional[0] if len(positional) == 1 or name in DATA_CALLS else None
                if content is None:
                    return OPEN
            if content is not None:
                return self.body(content, depth + 1)
            if name == "jsonify" and keywords:
                return BodyDecl("object", tuple(FieldDecl(k, site(v.parent)) for k, v in keywords.items()))
            return NONE
        if name in NOT_JSON_CALLS:
            return NONE
        if name == "dict" and not positional and "**" not in keywords:
            return BodyDecl("object", tuple(FieldDecl(k, site(v.parent)) for k, v in keywords.items()))
        method = _serializer_call(call)
        if method is not None:
            cls = self.class_of(method[0], depth + 1)
            return BodyDecl("serialized", ref=cls[0], method=method[1], many=cls[1]) if cls else OPEN
        cls = self.class_of(call, depth + 1)
        if cls is not None and is_class_name(cls[0]) and not cls[1]:
            return BodyDecl("instance", ref=cls[0])
        if function.type == "identifier" and not is_class_name(name):
            return BodyDecl("call", ref=name)  # what a serializer function returns, if one
        return OPEN

    def class_of(self, node: Node | None, depth: int = 0) -> tuple[str, bool] | None:
        """(class as written, a list of them) of the value an expression gives, if known."""
        if node is None or depth > MAX_DEPTH:
            return None
        if node.type in ("await", "parenthesized_expression") and node.named_children:
            return self.class_of(node.named_children[-1], depth + 1)
        if node.type == "identifier":
            return self.class_of(self.value(text(node)), depth + 1)
        if node.type != "call":
            return None
        function = node.child_by_field_name("function")
        positional, _keywords = call_arguments(node)
        if function.type in ("identifier", "attribute") and is_class_name(text(function)):
            return text(function), False  # Cls(...)
        if function.type != "attribute":
            return None
        method = text(function.child_by_field_name("attribute"))
        receiver = function.child_by_field_name("object")
        if method in SESSION_GETS and positional and positional[0].type in ("identifier", "attribute") \
                and is_class_name(text(positional[0])):
            return text(positional[0]), False  # db.session.get(Cls, id)
        if method in MODEL_CONSTRUCTORS and is_class_name(text(receiver)):
            return text(receiver), False
        root = _query_root(receiver)
        if root is None:
            return None
        if method in ONE_ROW:
            return root, False
        return (root, True) if method == "all" else None


def _query_root(node: Node) -> str | None:
    """`Cls` of a `Cls.query....` or `Cls.objects....` chain."""
    while node.type in ("call", "attribute"):
        if node.type == "attribute":
            owner = node.child_by_field_name("object")
            if text(node.child_by_field_name("attribute")) in QUERY_ROOTS and \
                    owner.type in ("identifier", "attribute") and is_class_name(text(owner)):
                return text(owner)
            node = owner
        else:
            node = node.child_by_field_name("function")
    return None


def _serializer_call(call: Node) -> tuple[Node, str] | None:
    """(receiver, method) of `x.to_dict()`."""
    if call.type != "call":
        return None
    function = call.child_by_field_name("function")
    if function.type != "attribute":
        return None
    method = text(function.child_by_field_name("attribute"))
    return (function.child_by_field_name("object"), method) if method in SERIALIZERS else None


def is_class_name(written: str) -> bool:
    last = written.rsplit(".", 1)[-1]
    return bool(last) and last[0].isupper() and not last.isupper()


def dict_fields(node: Node) -> tuple[FieldDecl, ...] | None:
    fields = []
    for child in node.named_children:
        if child.type == "pair":
            key = string_literal(child.child_by_field_name("key"))
            if key is None:
                return None
            holds, many = _serialized_by(child.child_by_field_name("value"))
            fields.append(FieldDecl(key, site(child), holds=holds, holds_many=many,
                                    inline=_written(child.child_by_field_name("value"))))
        elif child.type != "comment":
            return None  # `**spread`, a comprehension
    return tuple(fields)


def _written(value: Node | None) -> tuple[BodyDecl, ...]:
    """What a dict's value written in place sends: a dict literal (`"wind": {"knots": 12}`), a
    list of them, a comprehension making one per item (`[{"name": c.name} for c in crew]`);
    () for anything else, or a dict whose keys are not all known."""
    many = value is not None and value.type in ("list", "list_comprehension")
    items = [value] if not many else [value.child_by_field_name("body")] \
        if value.type == "list_comprehension" else [c for c in value.named_children if c.type != "comment"]
    if value is None or not items or any(i is None or i.type != "dictionary" for i in items):
        return ()
    written = [dict_fields(item) for item in items]
    if any(fields is None for fields in written):
        return ()
    return (BodyDecl("object", tuple(dict.fromkeys(f for fields in written for f in fields)), many=many),)


def _serialized_by(value: Node | None) -> tuple[str, bool]:
    """("name()", a list of them) when a dict's value is what a module-level function returns
    (`"book": book_to_dict(b)`, `"books": [book_to_dict(b) for b in books]`); ("", False)."""
    many = value is not None and value.type == "list_comprehension" and \
        len([c for c in value.named_children if c.type == "for_in_clause"]) == 1
    call = value.child_by_field_name("body") if many else value
    function = call.child_by_field_name("function") if call is not None and call.type == "call" else None
    if function is None or function.type != "identifier" or is_class_name(text(function)):
        return "", False
    return text(function) + CALLED, many


def own_nodes(node: Node | None):
    """The nodes of a body, not those of functions, classes or lambdas nested in it."""
    stack = [node] if node is not None else []
    while stack:
        current = stack.pop()
        yield current
        stack.extend(c for c in reversed(current.named_children) if c.type not in NESTED)


def _identifiers(node: Node | None) -> list[str]:
    if node is None:
        return []
    if node.type == "identifier":
        return [text(node)]
    return [name for child in node.named_children for name in _identifiers(child)]


# -- classes ----------------------------------------------------------------------------


def models(root: Node) -> tuple[ModelDecl, ...]:
    drf_module = drf.MODULE in (root.text or b"")
    schemas = marshmallow.MODULE in (root.text or b"")
    return tuple(model for node in module_classes(root)
                 if (model := (drf.serializer_model(node, class_bases(node)) if drf_module else None)
                     or (marshmallow.schema_model(node, class_bases(node)) if schemas else None)
                     or _model(node)) is not None)


def _model(node: Node) -> ModelDecl | None:
    superclasses = node.child_by_field_name("superclasses")
    bases = [DATACLASS] if _is_dataclass(node) else []
    fills = False
    parameters = _class_type_parameters(node)
    for base in superclasses.named_children if superclasses is not None else ():
        if base.type == "subscript" and text(base.child_by_field_name("value")) in GENERIC_BASES:
            parameters += [text(a) for a in type_arguments(base) if a.type == "identifier"]
        while base.type == "subscript":
            base = base.child_by_field_name("value")
        if base.type in ("identifier", "attribute"):
            bases.append(text(base))
        elif base.type != "keyword_argument":
            return None
        elif text(base.child_by_field_name("name")) == "table":
            fills = True  # an SQLModel table model is not validated
    if not bases:
        return None
    name = node.child_by_field_name("name")
    fields, serializers = [], []
    generator, is_open = "", False
    for statement in node.child_by_field_name("body").named_children:
        definition = definition_of(statement)
        decorators = " ".join(text(d) for d in statement.named_children if d.type == "decorator") \
            if statement.type == "decorated_definition" else ""
        if statement.type == "expression_statement" and statement.named_children and \
                statement.named_children[0].type == "assignment":
            field, config = _class_assignment(statement.named_children[0])
            if config is not None:
                generator, is_open = generator or config[0], is_open or config[1]
            if field is not None:
                fields.append(field)
            elif field is None and config is None and _unreadable_field(statement.named_children[0]):
                is_open = True
        elif definition is not None and definition.type == "class_definition" and \
                text(definition.child_by_field_name("name")) == "Config":
            config = _config_class(definition)
            generator, is_open = generator or config[0], is_open or config[1]
        elif definition is not None and definition.type == "function_definition":
            method = text(definition.child_by_field_name("name"))
            if "computed_field" in decorators:
                fields.append(FieldDecl(method, site(definition.child_by_field_name("name"))))
            if "model_serializer" in decorators or method in CUSTOM_OUTPUT:
                is_open = True
            if method in SERIALIZERS:
                serializers.append(ProducerDecl(method, view_bodies(definition),
                                                site(definition.child_by_field_name("name"))))
            fills = fills or method == "__init__" or py_requests.fills_fields(decorators)
    return ModelDecl(text(name), tuple(bases), tuple(fields), tuple(serializers), generator,
                     is_open, site(name), fills, tuple(dict.fromkeys(parameters)))


def _is_dataclass(node: Node) -> bool:
    """A class decorated `@dataclass` (`@dataclasses.dataclass(...)`): its annotated fields are
    what a framework sends of it and validates into it (FastAPI, Litestar, Flask's JSON)."""
    decorated = node.parent
    if decorated is None or decorated.type != "decorated_definition":
        return False
    for decorator in decorated.named_children:
        if decorator.type != "decorator" or not decorator.named_children:
            continue
        written = decorator.named_children[0]
        if written.type == "call":
            written = written.child_by_field_name("function")
        if text(written) in ("dataclass", "dataclasses.dataclass", "pydantic.dataclasses.dataclass"):
            return True
    return False


def _class_type_parameters(node: Node) -> list[str]:
    """The names of a class's PEP 695 type parameters (`class Page[T](BaseModel)`)."""
    parameters = node.child_by_field_name("type_parameters")
    names = []
    for parameter in parameters.named_children if parameters is not None else ():
        written = parameter.named_children[0] if parameter.type == "type" and \
            parameter.named_children else parameter
        if written.type == "identifier":
            names.append(text(written))
    return names


def _class_assignment(assignment: Node) -> tuple[FieldDecl | None, tuple[str, bool] | None]:
    """(the field an annotated class attribute declares, the config `model_config` sets)."""
    left = assignment.child_by_field_name("left")
    annotation = assignment.child_by_field_name("type")
    value = assignment.child_by_field_name("right")
    if left.type != "identifier":
        return None, None
    name = text(left)
    if name == "model_config":
        return None, _config_value(value)
    if annotation is None or name.startswith("_") or text(annotation).startswith(
            ("ClassVar", "typing.ClassVar")):
        return None, None
    alias = ""
    if value is not None and value.type == "call" and \
            text(value.child_by_field_name("function")).rsplit(".", 1)[-1] in NOT_FIELDS:
        return None, None  # SQLModel relationships, SQLAlchemy `relationship()`: not serialised
    positional: list[Node] = []
    keywords: dict[str, Node] = {}
    is_field = value is not None and value.type == "call" and \
        text(value.child_by_field_name("function")).rsplit(".", 1)[-1] == "Field"
    if is_field:
        positional, keywords = call_arguments(value)
        if "exclude" in keywords and text(keywords["exclude"]) == "True":
            return None, None
        for key in ("serialization_alias", "alias"):
            if key in keywords:
                alias = string_literal(keywords[key])
                if alias is None:
                    return None, ("", True)  # an alias impact cannot read
                break
    required = py_requests.required_field(annotation, value, is_field, positional, keywords)
    input_alias = py_requests.input_alias(keywords, string_literal)
    return FieldDecl(name, site(left), alias if alias != name else "", required,
                     input_alias if input_alias != name else "", *value_holds(annotation)), None


def _unreadable_field(assignment: Node) -> bool:
    """An annotated class attribute whose name is not a plain identifier."""
    return assignment.child_by_field_name("type") is not None and \
        assignment.child_by_field_name("left").type != "identifier"


def _config_value(value: Node | None) -> tuple[str, bool]:
    """(alias generator as written, open) of `ConfigDict(...)` or a dict literal."""
    if value is None:
        return "", True
    if value.type == "call":
        _positional, keywords = call_arguments(value)
        entries = keywords
    elif value.type == "dictionary":
        entries = {}
        for pair in value.named_children:
            key = string_literal(pair.child_by_field_name("key")) if pair.type == "pair" else None
            if key is None:
                return "", True
            entries[key] = pair.child_by_field_name("value")
    else:
        return "", True
    return _config_entries(entries)


def _config_class(node: Node) -> tuple[str, bool]:
    entries = {}
    for statement in node.child_by_field_name("body").named_children:
        assignment = statement.named_children[0] if statement.type == "expression_statement" and \
            statement.named_children else None
        if assignment is not None and assignment.type == "assignment" and \
                assignment.child_by_field_name("left").type == "identifier":
            entries[text(assignment.child_by_field_name("left"))] = assignment.child_by_field_name("right")
    return _config_entries(entries)


def _config_entries(entries: dict[str, Node]) -> tuple[str, bool]:
    extra = entries.get("extra")
    is_open = "**" in entries or "fields" in entries or (
        extra is not None and "allow" in text(extra).lower())
    generator = entries.get("alias_generator")
    return (text(generator) if generator is not None else ""), is_open


def module_classes(root: Node) -> Iterator[Node]:
    """The class definitions at a module's top level, decorated or not."""
    return _module_definitions(root, "class_definition")


def module_functions(root: Node) -> Iterator[Node]:
    """The function definitions at a module's top level, decorated or not."""
    return _module_definitions(root, "function_definition")


def _module_definitions(root: Node, kind: str) -> Iterator[Node]:
    for statement in root.named_children:
        node = definition_of(statement)
        if node is not None and node.type == kind:
            yield node


def class_bases(node: Node) -> list[str]:
    """A class definition's bases as written (`?` for one that is not a plain or dotted
    name), without its keyword arguments (`metaclass=...`)."""
    superclasses = node.child_by_field_name("superclasses")
    return [text(b) if b.type in ("identifier", "attribute") else "?"
            for b in (superclasses.named_children if superclasses is not None else ())
            if b.type != "keyword_argument"]
