"""Django REST framework serializers: the fields a serializer class sends, and the serializer a
view's response or a ViewSet's standard actions send.

A serializer class (a subclass of DRF's `Serializer`, `ModelSerializer` or
`HyperlinkedModelSerializer`, or of another serializer of the repository) sends the names its
`Meta.fields` list gives (a literal list or tuple of strings; the declared fields among them
carry what they hold: `comments = CommentSerializer(many=True)`), or, without `Meta.fields`,
the fields it declares (`title = serializers.CharField(source="name")` is sent as `title`:
`source=` names where the value comes from, not the key). A `write_only=True` field is never
sent. `fields = "__all__"`, `exclude`, a `Meta` impact cannot read, and `to_representation` of
its own make the set open. A ModelSerializer without `Meta.fields` inherits its base's `Meta`
(a base of the repository) or is open.

A view sends a serializer's fields with `Response(S(obj).data)` (`S(objs, many=True)`: a list),
also through a name bound once (`serializer = S(...)`; `Response(serializer.data)`). A
ViewSet's standard actions send its `serializer_class` (a list for the list route, unless the
ViewSet or the settings' `DEFAULT_PAGINATION_CLASS` paginate it), unless it decides the
serializer or the response itself (`get_serializer_class`, `list`, `retrieve`, ... of its own);
so does a generic view (`ListCreateAPIView`: a list, `RetrieveUpdateDestroyAPIView`: one).
"""

from __future__ import annotations

from tree_sitter import Node

from impact.http.py_syntax import call_arguments, definition_of, string_literal
from impact.lang.treesitter import site, text
from impact.model import BodyDecl, FieldDecl, ModelDecl

MODULE = b"rest_framework"  # a module that names it may declare serializers
SERIALIZER_BASES = ("Serializer", "ModelSerializer", "HyperlinkedModelSerializer")
FIELD_SUFFIXES = ("Field", "Serializer", "RelatedField")
NOT_SENT = "write_only"
OWN_OUTPUT = ("to_representation",)
# ViewSet methods that decide which serializer the standard actions use, or what they send
OWN_RESPONSES = ("get_serializer_class", "get_serializer", "list", "retrieve", "create", "update",
                 "partial_update", "finalize_response")
PAGINATION_SETTING = "DEFAULT_PAGINATION_CLASS"
RENDERERS_SETTING = "DEFAULT_RENDERER_CLASSES"
# DRF's renderers that write the data as it is; any other may reshape it (`{"profile": data}`)
PLAIN_RENDERERS = ("JSONRenderer", "BrowsableAPIRenderer")


def reshaping_renderers(node: Node | None) -> bool:
    """Whether a `renderer_classes` value (or the setting's) may name a renderer of its own,
    which may send something else than the data it is given."""
    if node is None or node.type not in ("list", "tuple"):
        return True
    for item in node.named_children:
        written = text(item).strip("\"'") if item.type == "string" else text(item)
        if item.type != "comment" and written.rsplit(".", 1)[-1] not in PLAIN_RENDERERS:
            return True
    return False


def class_renders_its_own_way(node: Node) -> bool:
    """A view class whose `renderer_classes` may reshape what its methods return."""
    for statement in node.child_by_field_name("body").named_children:
        assignment = statement.named_children[0] if statement.type == "expression_statement" and \
            statement.named_children else None
        if assignment is not None and assignment.type == "assignment" and \
                text(assignment.child_by_field_name("left")) == "renderer_classes":
            return reshaping_renderers(assignment.child_by_field_name("right"))
    return False
# DRF's generic views (`generics.ListCreateAPIView`): what their `serializer_class` is sent as
GENERIC_LIST_VIEWS = ("ListAPIView", "ListCreateAPIView")  # a list (`create`: one)
GENERIC_ONE_VIEWS = ("RetrieveAPIView", "CreateAPIView", "UpdateAPIView", "RetrieveUpdateAPIView",
                     "RetrieveDestroyAPIView", "RetrieveUpdateDestroyAPIView")
LIST, ONE = "list", "one"


def generic_view(bases: list[str]) -> str:
    """LIST or ONE for a class whose one base is a generic view of DRF's, else ""."""
    found = {LIST if b.rsplit(".", 1)[-1] in GENERIC_LIST_VIEWS else ONE for b in bases
             if b.rsplit(".", 1)[-1] in GENERIC_LIST_VIEWS + GENERIC_ONE_VIEWS}
    return found.pop() if len(found) == 1 and len(bases) == 1 else ""


def is_drf_serializer_base(written: str) -> bool:
    return written.rsplit(".", 1)[-1] in SERIALIZER_BASES


def serializer_model(node: Node, bases: list[str]) -> ModelDecl | None:
    """A serializer class as the fields it sends; None when no base is DRF's or looks like a
    serializer of the repository (`...Serializer`)."""
    drf = [b for b in bases if is_drf_serializer_base(b)]
    own_bases = [b for b in bases if b not in drf]
    if not bases or not drf and not all(b.rsplit(".", 1)[-1].endswith("Serializer") for b in own_bases):
        return None
    name = node.child_by_field_name("name")
    declared: dict[str, FieldDecl] = {}
    hidden: set[str] = set()
    listed: list[FieldDecl] | None = None
    is_open = False
    for statement in node.child_by_field_name("body").named_children:
        definition = definition_of(statement)
        if statement.type == "expression_statement" and statement.named_children and \
                statement.named_children[0].type == "assignment":
            field, write_only = _declared_field(statement.named_children[0])
            if field is not None:
                declared[field.name] = field
                if write_only:
                    hidden.add(field.name)
        elif definition.type == "class_definition" and \
                text(definition.child_by_field_name("name")) == "Meta":
            listed, meta_open = _meta_fields(definition)
            is_open = is_open or meta_open
        elif definition.type == "function_definition" and \
                text(definition.child_by_field_name("name")) in OWN_OUTPUT:
            is_open = True
    model_serializer = any(b.rsplit(".", 1)[-1] != "Serializer" for b in drf)
    if listed is None:
        if model_serializer and not own_bases:
            is_open = True  # DRF requires `fields` or `exclude`
        fields = [f for f in declared.values() if f.name not in hidden]
    else:
        own_bases = []  # its own `Meta.fields` says every field sent
        fields = [declared.get(f.name, f) for f in listed if f.name not in hidden]
    return ModelDecl(text(name), tuple(own_bases), tuple(fields), (), "", is_open, site(name),
                     serializer=True)


def _declared_field(assignment: Node) -> tuple[FieldDecl | None, bool]:
    """`title = serializers.CharField(...)`, `items = ItemSerializer(many=True)`: the field,
    and whether it is `write_only=True`."""
    left, right = assignment.child_by_field_name("left"), assignment.child_by_field_name("right")
    if left is None or left.type != "identifier" or right is None or right.type != "call":
        return None, False
    called = text(right.child_by_field_name("function"))
    if not called.rsplit(".", 1)[-1].endswith(FIELD_SUFFIXES):
        return None, False
    keywords = call_arguments(right, splats=False)[1]
    write_only = text(keywords.get(NOT_SENT)) == "True" if NOT_SENT in keywords else False
    holds = called if "." not in called and called.endswith("Serializer") else ""
    many = text(keywords["many"]) == "True" if "many" in keywords else False
    return FieldDecl(text(left), site(left), holds=holds, holds_many=many and bool(holds)), write_only


def _meta_fields(meta: Node) -> tuple[list[FieldDecl] | None, bool]:
    """The fields `class Meta` lists (None: it lists none), and whether the set is open
    (`"__all__"`, `exclude`, a value that is not a literal list of strings)."""
    listed, is_open = None, False
    for statement in meta.child_by_field_name("body").named_children:
        assignment = statement.named_children[0] if statement.type == "expression_statement" and \
            statement.named_children else None
        if assignment is None or assignment.type != "assignment":
            continue
        key, value = text(assignment.child_by_field_name("left")), assignment.child_by_field_name("right")
        if key == "exclude":
            is_open = True
        elif key == "fields":
            listed = _strings(value)
            is_open = is_open or listed is None
            listed = listed or []
    return listed, is_open


def _strings(node: Node | None) -> list[FieldDecl] | None:
    if node is None or node.type not in ("list", "tuple"):
        return None
    found = []
    for item in node.named_children:
        if item.type == "comment":
            continue
        name = string_literal(item)
        if name is None:
            return None
        found.append(FieldDecl(name, site(item)))
    return found


def serializer_data(node: Node, value_of) -> BodyDecl | None:
    """`S(obj).data`, `S(objs, many=True).data`, `serializer.data` where `serializer` is bound
    once to such a call (`value_of`: a name's one value in the view): what it sends, a
    "serializer" body; None when it is no such expression."""
    if node.type != "attribute" or text(node.child_by_field_name("attribute")) != "data":
        return None
    made = node.child_by_field_name("object")
    if made.type == "identifier":
        made = value_of(text(made))
    if made is None or made.type != "call":
        return None
    function = made.child_by_field_name("function")
    if function.type != "identifier" or not text(function).endswith("Serializer"):
        return None
    keywords = call_arguments(made, splats=False)[1]
    many = keywords.get("many")
    if many is not None and text(many) not in ("True", "False"):
        return BodyDecl("open")
    return BodyDecl(SERIALIZER, ref=text(function), many=many is not None and text(many) == "True")


SERIALIZER = "serializer"  # BodyDecl kind: what DRF serializer class `ref` sends
# Django's decorators that allow one set of methods (the others are 405)
FIXED_METHODS = {"require_GET": ("GET",), "require_POST": ("POST",), "require_safe": ("GET", "HEAD")}
LISTED_METHODS = ("api_view", "require_http_methods")  # DRF's (`@api_view()`: GET), Django's


def allowed_methods(statement: Node) -> tuple[str, ...]:
    """The HTTP methods a function view's decorators allow: `@api_view(["GET", "POST"])`,
    `@require_http_methods(["POST"])`, `@require_POST`; () when none says, or not as a
    literal list of strings."""
    if statement.type != "decorated_definition":
        return ()
    for decorator in statement.named_children:
        if decorator.type != "decorator" or not decorator.named_children:
            continue
        written = decorator.named_children[0]
        called = written.child_by_field_name("function") if written.type == "call" else written
        name = text(called).rsplit(".", 1)[-1] if called is not None else ""
        if name in FIXED_METHODS and written.type != "call":
            return FIXED_METHODS[name]
        if name in LISTED_METHODS and written.type == "call":
            arguments = written.child_by_field_name("arguments")
            given = [a for a in arguments.named_children if a.type != "comment"] if arguments else []
            if not given and name == "api_view":
                return ("GET",)
            positional = [a for a in given if a.type != "keyword_argument"]
            listed = positional[0] if positional else \
                call_arguments(written, splats=False)[1].get("http_method_names")
            found = _strings(listed)
            return tuple(f.name.upper() for f in found) if found else ()
    return ()


def viewset_serializer(node: Node) -> tuple[str, bool | None]:
    """A ViewSet class's `serializer_class` as written ("" when it names none, or decides its
    serializer or responses itself) and whether it paginates its list (`pagination_class`:
    None when it does not say)."""
    serializer, paginated = "", None
    for statement in node.child_by_field_name("body").named_children:
        definition = definition_of(statement)
        if definition.type == "function_definition" and \
                text(definition.child_by_field_name("name")) in OWN_RESPONSES:
            return "", paginated
        assignment = statement.named_children[0] if statement.type == "expression_statement" and \
            statement.named_children else None
        if assignment is None or assignment.type != "assignment":
            continue
        key, value = text(assignment.child_by_field_name("left")), assignment.child_by_field_name("right")
        if key == "renderer_classes" and reshaping_renderers(value):
            return "", paginated
        if key == "serializer_class" and value is not None and value.type == "identifier":
            serializer = text(value)
        elif key == "pagination_class" and value is not None:
            paginated = value.type != "none"
    return serializer, paginated
