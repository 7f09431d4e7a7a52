"""Definitions and call signatures, read from tree-sitter nodes of either language."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import replace

from tree_sitter import Node

from impact.lang.dataclass_fields import DATACLASSES, decorated_fields
from impact.lang.python_annotations import class_or_none
from impact.lang.treesitter import site, text
from impact.model import Definition, Parameter, merged_namespace

NOT_METHODS = re.compile(r"property|\.setter|\.getter|\.deleter|overload")
OVERLOAD = re.compile(r"@\s*(typing(_extensions)?\.)?overload")


def _without_whitespace(written: str) -> str:
    """`written` with every whitespace character taken out: what `re.sub(r"\\s+", "", ...)`
    gives (both count what str.isspace counts), at half its cost."""
    return "".join(written.split())


# the ASCII characters str.isspace counts (str.split splits at them): what a body's hash leaves out
ASCII_WHITESPACE = bytes(code for code in range(128) if chr(code).isspace())


def body_hash(node: Node | None, own_name: str) -> str:
    """A hash of a body's text with whitespace and the definition's own name taken out (an
    ASCII body, most of them, without decoding it: the same bytes are hashed)."""
    if node is None:
        return ""
    written = node.text or b""
    if written.isascii():
        normalised = written.translate(None, ASCII_WHITESPACE).replace(own_name.encode(), b"\0")
    else:
        normalised = _without_whitespace(text(node)).replace(own_name, "\0").encode()
    return hashlib.sha1(normalised).hexdigest()[:16]


# A value's identity: what recognises a constant, a type alias, an interface or an enum after
# a rename or a move, as `body_hash` does a function's. Tokens, so whitespace and comments do
# not count; the own name counts as a placeholder (`T = TypeVar("T")` is `U = TypeVar("U")`).
# A plain value identifies nothing: two unrelated constants `0` are not one renamed. Plain:
# a name or a dotted name (`None`, `True`, `null`, `other.NAME`, `string`), a number of fewer
# than 3 characters (`0`, `10`, `-1`), a string with fewer than 3 characters between its
# quotes (`""`, `"id"`), anything else under 5 characters without spaces (`[]`, `{}`, `(1,)`),
# an empty interface or enum. `checks.api.relocations` takes a value whose identity is new in
# exactly one place. A value of more than TOKENS_READ nodes (a data table) is hashed as a body
# is, from its text without whitespace: reading its tokens one by one would cost seconds.
STRINGS = ("string", "template_string")
NUMBERS = ("integer", "float", "number")
REFERENCES = ("identifier", "type_identifier", "nested_type_identifier", "predefined_type",
              "true", "false", "none", "null", "undefined", "this")
TOKENS_READ = 2000
QUOTES = re.compile(r"""^[A-Za-z]*("{3}|'{3}|["'`])|("{3}|'{3}|["'`])$""")
# A value that reads the module it is in (`logging.getLogger(__name__)`, `path.dirname(__file__)`,
# `fileURLToPath(import.meta.url)`) is each module's own: the same text elsewhere is another value
# (`import.meta.env` is the same in every module)
OWN_MODULE = re.compile(r"\b(__name__|__file__|__spec__|__package__|__dirname|__filename)\b"
                        r"|\bimport\s*\.\s*meta\s*\.\s*(url|dirname|filename|resolve)\b")


def value_hash(value: Node | None, own_name: str, whole: Node | None = None) -> str:
    """A hash of a value's tokens (of `whole`, the declaration around it, when given), or ""
    when the value is too plain to tell one definition from another (see above)."""
    if value is None:
        return ""
    read: dict[int, list[str]] = {}  # the tokens of a small value, read once for both uses
    if _plain(value, own_name, read) or OWN_MODULE.search(text(value)):
        return ""
    node = whole or value
    if node.descendant_count > TOKENS_READ:  # a data table: its text, as a body's
        return body_hash(node, own_name)
    tokens = read[node.id] if node.id in read else _tokens(node, own_name)
    return hashlib.sha1("\x1f".join(tokens).encode()).hexdigest()[:16]


def _plain(value: Node, own_name: str, read: dict[int, list[str]]) -> bool:
    """`read`: where the tokens of `value` are kept when they are read."""
    while value.type in ("parenthesized_expression", "type") and value.named_child_count == 1:
        value = value.named_children[0]
    if value.type in REFERENCES or (value.type in ("attribute", "member_expression") and
                                    _without_whitespace(text(value)).replace(".", "").isidentifier()):
        return True
    if value.type in NUMBERS:
        return len(text(value)) < 3
    if value.type in STRINGS:
        return len(QUOTES.sub("", text(value))) < 3 or QUOTES.sub("", text(value)) == own_name
    if value.type in ("interface_body", "enum_body", "object_type"):
        return not any(c.type != "comment" for c in value.named_children)
    if value.descendant_count >= 30:
        return False
    read[value.id] = _tokens(value, own_name)
    return len("".join(t for t in read[value.id] if t != "\0")) < 5


def _tokens(node: Node, own_name: str) -> list[str]:
    """The leaf tokens of a node, comments left out; a string literal is one token (a walk
    with a tree cursor: no list of children is made)."""
    found = []
    cursor = node.walk()
    while True:
        current = cursor.node
        if current.type != "comment":
            if current.type in STRINGS or current.child_count == 0:
                token = text(current)
                found.append("\0" if token == own_name or  # a quoted own name is inside the token
                             own_name in token and QUOTES.sub("", token) == own_name
                             else token)
            elif cursor.goto_first_child():
                continue
        while not cursor.goto_next_sibling():
            if not cursor.goto_parent():  # back at `node`, where the cursor began
                return found


# -- Python ----------------------------------------------------------------------------


def python_definition(name: str, identifier: Node, redefined: bool = False,
                      imported: bool = False) -> Definition:
    """A top-level definition; one defined several times (overloads, per-version variants)
    has no single signature. `imported`: an import binds the name too (so it is no alias)."""
    definition = _python_definition(name, identifier)
    if redefined:
        return _redefined(definition)
    return replace(definition, alias_of="") if imported else definition


def _redefined(definition: Definition) -> Definition:
    """A name defined several times has no single signature, nor a single value, nor is it
    an alias of one name."""
    if definition.kind in ("variable", "type"):  # a namespace merged with another declaration
        return replace(definition, parameters=None, body="", alias_of="", namespace_members=None,
                       nested_namespaces=(), object_members=None)
    return replace(definition, parameters=None, plain_construction=False, inherits_constructor=False,
                   instance_attributes=None)


def _python_alias(identifier: Node) -> str:
    """`NAME = other` or `a = NAME = other` as a statement of the module itself (not under an
    `if`, a `try`, a loop): `other` when it is a name or a dotted name, else ""."""
    assignment = identifier.parent
    if assignment is None or assignment.type != "assignment" or \
            assignment.child_by_field_name("left") != identifier:
        return ""
    statement = assignment
    while statement.parent is not None and statement.parent.type == "assignment":
        statement = statement.parent
    outer = statement.parent
    if outer is None or outer.type != "expression_statement" or outer.parent is None or \
            outer.parent.type != "module":
        return ""
    value = assignment.child_by_field_name("right")
    while value is not None and value.type == "assignment":
        value = value.child_by_field_name("right")
    return text(value) if value is not None and _dotted_name(value) else ""


def _dotted_name(node: Node) -> bool:
    """`name` or `a.b.name`, of identifiers only (Python `attribute`, JavaScript
    `member_expression`)."""
    while node.type in ("attribute", "member_expression"):
        tail = node.child_by_field_name("attribute" if node.type == "attribute" else "property")
        if tail is None or tail.type not in ("identifier", "property_identifier"):
            return False
        node = node.child_by_field_name("object")
        if node is None:
            return False
    return node.type == "identifier"


def _python_definition(name: str, identifier: Node) -> Definition:
    parent = identifier.parent
    if parent is not None and parent.type == "function_definition":
        params = python_parameters(parent.child_by_field_name("parameters"))
        decorators = python_decorators(parent.parent)
        return Definition(name, "function", site(identifier), params,
                          body_hash(parent.child_by_field_name("body"), name),
                          decorators=decorators,
                          returns="" if set(decorators) - KEEP_RETURNS else python_returns(parent),
                          awaitable=is_async(parent))
    if parent is not None and parent.type == "class_definition":
        body = parent.child_by_field_name("body")
        superclasses = parent.child_by_field_name("superclasses")
        bases = tuple(_python_base(b) for b in superclasses.named_children
                      if b.type in ("identifier", "attribute", "subscript")) if superclasses else ()
        parameters, dataclass, built_by, excluded = _python_class_signature(parent)
        keywords = {text(k.child_by_field_name("name")) for k in superclasses.named_children
                    if k.type == "keyword_argument"} if superclasses else set()
        attributes = _python_class_attributes(body)
        methods = _python_methods(body)
        dynamic = "metaclass" in keywords or any(m.name in DYNAMIC_ATTRIBUTES for m in methods)
        return Definition(name, "class", site(identifier), parameters,
                          body_hash(body, name), methods, bases, dataclass, attributes, dynamic,
                          inherits_constructor=_inherits_constructor(parent),
                          plain_construction=_plain_construction(parent, built_by),
                          built_by=built_by, init_excluded=excluded,
                          **_python_assigned_attributes(body))
    return Definition(name, "variable", site(identifier), body=_python_value_hash(identifier, name),
                      alias_of=_python_alias(identifier))


def is_async(function: Node) -> bool:
    """Whether a Python function is `async def`."""
    return function.children[0].type == "async"


def python_returns(function: Node) -> str:
    """The class a function's return annotation names (Definition.returns; what awaiting a
    call gives for an async function); "" for a generator or a generic function (`def f[T]() ->
    T`)."""
    annotation = function.child_by_field_name("return_type")
    if annotation is None or annotation.named_child_count != 1 or \
            function.child_by_field_name("type_parameters") is not None or \
            YIELDS.search(function.child_by_field_name("body").text or b""):
        return ""
    found = class_or_none(annotation.named_children[0])
    if found is None:
        return ""
    written = found[0] if isinstance(found[0], str) else text(found[0])
    return written if _dotted_name_text(written) else ""


YIELDS = re.compile(rb"(?<![\w.])yield(?!\w)")


def _dotted_name_text(written: str) -> bool:
    return all(part.isidentifier() for part in written.split("."))


def _python_value_hash(identifier: Node, name: str) -> str:
    """The identity of `NAME = value` (also annotated) and of `type NAME = value`."""
    parent = identifier.parent
    if parent is not None and parent.type == "assignment" and \
            parent.child_by_field_name("left") == identifier:
        value = parent.child_by_field_name("right")
        return "" if value is not None and value.type == "assignment" else value_hash(value, name)
    if parent is not None and parent.type == "type" and parent.parent is not None and \
            parent.parent.type == "type_alias_statement":
        statement = parent.parent
        return value_hash(statement.child_by_field_name("right"), name, statement)
    return ""


def _python_base(node: Node) -> str:
    """A base class as written, without type arguments: `Base` for `Base[T]`."""
    while node.type == "subscript":
        node = node.child_by_field_name("value")
    return text(node)


def python_parameters(node: Node | None, drop_first: bool = False) -> tuple[Parameter, ...] | None:
    if node is None:
        return None
    params: list[Parameter] = []
    keyword_only = False
    for child in node.named_children:
        kind = "keyword-only" if keyword_only else "positional"
        if child.type == "identifier":
            params.append(Parameter(text(child), kind))
        elif child.type in ("default_parameter", "typed_default_parameter"):
            params.append(Parameter(text(child.child_by_field_name("name")), kind, True))
        elif child.type == "typed_parameter":
            inner = child.named_children[0]
            if inner.type == "identifier":
                params.append(Parameter(text(inner), kind))
            else:
                annotation = child.child_by_field_name("type")
                params.append(_python_splat(inner, annotation is not None and
                                            text(annotation).endswith(".args")))
                keyword_only = keyword_only or inner.type == "list_splat_pattern"
        elif child.type in ("list_splat_pattern", "dictionary_splat_pattern"):
            params.append(_python_splat(child))
            keyword_only = keyword_only or child.type == "list_splat_pattern"
        elif child.type == "keyword_separator":
            keyword_only = True
        elif child.type == "positional_separator":
            params = [Parameter(p.name, "positional-only", p.default) for p in params]
    if drop_first and params and params[0].kind in ("positional", "positional-only"):
        params = params[1:]
    return tuple(params)


def python_decorators(node: Node | None) -> tuple[str, ...]:
    """The decorators of a `decorated_definition`, each as written without `@` and without
    its arguments (`app.route`, `functools.lru_cache`)."""
    if node is None or node.type != "decorated_definition":
        return ()
    found = []
    for decorator in node.named_children:
        if decorator.type != "decorator" or not decorator.named_children:
            continue
        expression = decorator.named_children[0]
        if expression.type == "call":
            expression = expression.child_by_field_name("function") or expression
        found.append(_without_whitespace(text(expression)))
    return tuple(found)


def _python_methods(body: Node | None) -> tuple[Definition, ...]:
    """Methods by name, the last definition winning as at run time; properties (getters,
    setters) and `@overload` stubs are attributes or declarations, not methods."""
    methods: dict[str, Definition] = {}
    for statement in body.named_children if body is not None else ():
        decorators = ""
        function = statement
        if statement.type == "decorated_definition":
            decorators = " ".join(text(d) for d in statement.named_children if d.type == "decorator")
            function = statement.child_by_field_name("definition")
        if function is None or function.type != "function_definition" or \
                NOT_METHODS.search(decorators):
            continue
        name_node = function.child_by_field_name("name")
        bound = "staticmethod" not in decorators
        params = python_parameters(function.child_by_field_name("parameters"), drop_first=bound)
        decorated = python_decorators(statement)
        methods[text(name_node)] = Definition(
            text(name_node), "method", site(name_node), params,
            body_hash(function.child_by_field_name("body"), text(name_node)),
            decorators=decorated,
            returns_own_instance=text(name_node) == "__new__" and _returns_own_instance(function),
            returns="" if set(decorated) - KEEP_RETURNS else python_returns(function),
            awaitable=is_async(function))
    return tuple(methods.values())


# the decorators that leave a function's or method's declared return type as it is (pyright:
# functools' caches give a wrapper whose call returns it; a cache written bare counts where the
# module imports it from functools: impact/checks/class_attributes.py)
KEEP_RETURNS = {"classmethod", "staticmethod", "abc.abstractmethod", "abstractmethod", "functools.cache",
                "functools.lru_cache", "cache", "lru_cache"}

# `super().__new__(cls, ...)`, `super(C, cls).__new__(cls)`, `object.__new__(cls)`
OWN_INSTANCE = re.compile(r"(super\([^()]*\)|object)\.__new__\(\s*cls\s*(,[^()]*)?\)")


def _returns_own_instance(function: Node) -> bool:
    """Whether a `__new__` (taking `cls` first, without a return annotation) ends with `return`
    and returns only what `super().__new__(cls)` or `object.__new__(cls)` makes: an instance
    of the class, whose `__init__` then runs (and pyright checks the call against it too)."""
    parameters = function.child_by_field_name("parameters")
    body = function.child_by_field_name("body")
    first = parameters.named_children[0] if parameters is not None and parameters.named_children else None
    if body is None or first is None or text(first) != "cls" or \
            function.child_by_field_name("return_type") is not None or \
            not body.named_children or body.named_children[-1].type != "return_statement":
        return False
    returns, pending = [], list(body.named_children)
    while pending:
        node = pending.pop()
        if node.type in ("function_definition", "lambda", "class_definition"):
            continue
        if node.type in ("yield", "await"):
            return False
        if node.type == "return_statement":
            returns.append(node)
        pending.extend(node.named_children)
    return all(r.named_children and OWN_INSTANCE.fullmatch("".join(text(r.named_children[0]).split()))
               for r in returns)


# `.name =`, `.name: T =`, `.name += ` as written on one line anywhere (a comment, a string:
# more names); and what sets attributes by a name not written
ATTRIBUTE_ASSIGNED = re.compile(rb"\.[ \t]*([A-Za-z_]\w*)[ \t]*(?::[^=\n]*)?(?:[-+*/%&|^@]|//|\*\*|<<|>>)?=(?!=)")
# `self` or `cls` right before an attribute assigned (searched up to the `.`)
THROUGH_SELF = re.compile(rb"(?<![\w.])(?:self|cls)[ \t]*\Z")
ATTRIBUTES_SET_OTHERWISE = re.compile(rb"__dict__|(?<![.\w])vars\(")  # not "the vars (columns)"
# what only reads a namespace: `vars(module).values()`, `self.__dict__.get("x")`, `k in vars(o)`
NAMESPACE_READ_AFTER = re.compile(rb"[ \t]*\.[ \t]*(?:values|items|keys|get|copy)[ \t]*\(")
NAMESPACE_READ_BEFORE = re.compile(rb"\bin[ \t]+(?:[\w.]+\.)?$")
SETATTR = re.compile(rb"\bsetattr\s*\(")
# `setattr(obj, "name"` or `setattr(obj, f"_{attr}"`: the name, or what it starts with
SETATTR_NAME = re.compile(rb"[^,()]*,\s*(f?)([\"'])(\w*)([\"'{])")


def _python_assigned_attributes(body: Node | None) -> dict[str, tuple[str, ...] | None]:
    """The attribute names a class body assigns on any object (Definition.instance_attributes;
    `prefix*` for the names `setattr(obj, f"prefix{...}", v)` sets) and those it assigns
    through `self` or `cls` (Definition.self_attributes)."""
    source = body.text or b"" if body is not None else b""
    assigned = list(ATTRIBUTE_ASSIGNED.finditer(source))
    own = tuple(sorted({m[1].decode() for m in assigned
                        if THROUGH_SELF.search(source, max(0, m.start() - 12), m.start())}))
    return {"instance_attributes": _python_instance_attributes(source, assigned), "self_attributes": own}


def _python_instance_attributes(source: bytes, assigned: list[re.Match]) -> tuple[str, ...] | None:
    """The attribute names a class body assigns on any object (`assigned`: ATTRIBUTE_ASSIGNED's
    matches in it) and `setattr` sets."""
    # the words first (a search for them costs a tenth of the patterns')
    if (b"__dict__" in source or b"vars(" in source) and _sets_attributes_otherwise(source):
        return None
    names = {m[1].decode() for m in assigned}
    for call in SETATTR.finditer(source) if b"setattr" in source else ():
        named = SETATTR_NAME.match(source, call.end())
        if named is None or named[4] == b"{" and not named[1] or \
                named[4] not in (b"{", named[2]):
            return None
        names.add(named[3].decode() + ("*" if named[4] == b"{" else ""))
    return tuple(sorted(names))


def _sets_attributes_otherwise(source: bytes) -> bool:
    """Whether a class body may set attributes through an object's namespace (`__dict__`,
    `vars(obj)`): every use that is not only a read of it (`vars(module).values()`,
    `self.__dict__.get(k)`, `k in vars(obj)`)."""
    for found in ATTRIBUTES_SET_OTHERWISE.finditer(source):
        end = found.end()
        if found[0] == b"vars(":
            close = source.find(b")", end)
            if close < 0 or b"(" in source[end:close]:
                return True
            end = close + 1
        line_start = source.rfind(b"\n", 0, found.start()) + 1
        if not NAMESPACE_READ_AFTER.match(source, end) and \
                not NAMESPACE_READ_BEFORE.search(source, line_start, found.start()):
            return True
    return False


CLASS_BLOCKS = ("if_statement", "elif_clause", "else_clause", "try_statement", "except_clause",
                "finally_clause", "with_statement", "block", "for_statement", "while_statement")
DYNAMIC_ATTRIBUTES = ("__getattr__", "__getattribute__", "__init_subclass__")


def _python_class_attributes(body: Node | None) -> tuple[Definition, ...]:
    """The class-level names a class body binds other than its methods: assignments (also
    annotation-only ones), nested classes, properties and other decorated attributes,
    also inside `if`/`try`/`with`/`for` at class level, where a function is one too."""
    found: dict[str, Definition] = {}
    for node in _class_level(body):
        names: list[Node] = []
        kind = "attribute"
        if node.type in ("assignment", "augmented_assignment", "for_statement"):
            names = _python_targets(node.child_by_field_name("left"))
        elif node.type == "class_definition":
            names, kind = [node.child_by_field_name("name")], "class"
        elif node.type == "decorated_definition":
            definition = node.child_by_field_name("definition")
            decorators = " ".join(text(d) for d in node.named_children if d.type == "decorator")
            if definition is not None and (definition.type == "class_definition" or
                                           NOT_METHODS.search(decorators) or
                                           node.parent.id != body.id):
                names = [definition.child_by_field_name("name")]
        elif node.type == "function_definition" and node.parent.id != body.id:
            # a method only some runs define (each branch of `if sys.version_info >= ...`):
            # there, with no one signature
            names = [node.child_by_field_name("name")]
        for name in names:
            found.setdefault(text(name), Definition(text(name), kind, site(name)))
    return tuple(found.values())


def _class_level(body: Node | None):
    """Statements that run in a class body (not in its functions or nested classes)."""
    stack = list(reversed(body.named_children)) if body is not None else []
    while stack:
        node = stack.pop()
        if node.type == "expression_statement":
            assignment = node.named_children[0] if node.named_children else None
            while assignment is not None and assignment.type in ("assignment", "augmented_assignment"):
                yield assignment
                right = assignment.child_by_field_name("right")
                assignment = right if right is not None and right.type == "assignment" else None
            continue
        yield node
        if node.type in CLASS_BLOCKS:
            stack.extend(reversed([c for c in node.named_children
                                   if c.type in CLASS_BLOCKS or c.type.endswith("statement")
                                   or c.type in ("decorated_definition", "class_definition",
                                                 "function_definition")]))


def _python_targets(node: Node | None) -> list[Node]:
    if node is None:
        return []
    if node.type == "identifier":
        return [node]
    if node.type in ("pattern_list", "tuple_pattern", "list_pattern", "tuple", "list",
                     "parenthesized_expression"):
        return [n for child in node.named_children for n in _python_targets(child)]
    return []


def _python_splat(node: Node, paramspec: bool = False) -> Parameter:
    """`*args` or `**kwargs`; `paramspec`: `*args: P.args`."""
    name = text(node.named_children[0]) if node.named_children else ""
    if node.type != "list_splat_pattern":
        return Parameter(name, "var-keyword")
    return Parameter(name, "var-positional", paramspec=paramspec)


def _python_class_signature(class_node: Node) -> tuple[tuple[Parameter, ...] | None, bool, str,
                                                       tuple[str, ...]]:
    """The parameters of a class's constructor (its `__init__`, else the fields a dataclass or
    attrs decorator writes it from), whether they are such fields, that decorator as written
    when impact reads the fields exactly (impact/lang/dataclass_fields.py), and the fields it
    leaves out (`init=False`)."""
    body = class_node.child_by_field_name("body")
    if body is None:
        return None, False, "", ()
    decorators = [d for d in class_node.parent.named_children if d.type == "decorator"] \
        if class_node.parent is not None and class_node.parent.type == "decorated_definition" else []
    constructors = _python_constructors(body)
    built = decorated_fields(decorators, body, own_init=bool(constructors))
    if constructors:
        implementation = constructors[-1]  # the last definition wins, as at run time
        if implementation is None:
            return None, False, "", ()  # only `@overload` declarations: no single signature
        return python_parameters(implementation.child_by_field_name("parameters"),
                                 drop_first=True), False, built.decorator if built else "", ()
    if built is not None and (built.decorator or built.builder is DATACLASSES):
        return built.parameters, True, built.decorator, built.excluded
    return None, False, "", ()


def _python_constructors(body: Node) -> list[Node | None]:
    """The `__init__` definitions a class body makes directly, in order; an `@overload`
    declaration (whose signature is one of several a type checker matches calls against, and
    which the implementation after it replaces at run time) as None."""
    constructors: list[Node | None] = []
    for statement in body.named_children:
        function = statement.child_by_field_name("definition") \
            if statement.type == "decorated_definition" else statement
        if function is None or function.type != "function_definition" or \
                text(function.child_by_field_name("name")) != "__init__":
            continue
        overload = statement.type == "decorated_definition" and any(
            OVERLOAD.fullmatch(text(d)) for d in statement.named_children if d.type == "decorator")
        constructors.append(None if overload else function)
    return constructors


def _inherits_constructor(class_node: Node) -> bool:
    """Whether a class takes its constructor from its bases as written: its body names no
    `__init__` or `__new__` (anywhere: a conditional or assigned one counts), no decorator
    may replace it, and its bases are plain names (no metaclass or other keyword, no call such
    as `namedtuple(...)`, no `*bases`)."""
    body = class_node.child_by_field_name("body")
    written = body.text if body is not None else None  # bytes: no decoding of every class
    superclasses = class_node.child_by_field_name("superclasses")
    decorated = class_node.parent is not None and class_node.parent.type == "decorated_definition"
    return written is not None and not decorated and \
        b"__init__" not in written and b"__new__" not in written and \
        all(b.type in ("identifier", "attribute", "subscript")
            for b in (superclasses.named_children if superclasses else ()))


def _plain_construction(class_node: Node, built_by: str) -> bool:
    """Whether calling the class runs its `__init__` as written (or as `built_by`, the one
    decorator it has, writes it from its fields; or its bases'), and its `__new__` if it
    defines one directly, undecorated: no other decorator may replace the class, no metaclass
    or other class keyword, plain names as bases, no other binding of `__new__`, and no
    decorator on an `__init__` it defines."""
    body = class_node.child_by_field_name("body")
    superclasses = class_node.child_by_field_name("superclasses")
    decorated = class_node.parent is not None and class_node.parent.type == "decorated_definition"
    return body is not None and (not decorated or bool(built_by)) and _plain_new(body) and \
        all(b.type in ("identifier", "attribute", "subscript")
            for b in (superclasses.named_children if superclasses else ())) and \
        not any(_decorated_init(statement) for statement in body.named_children)


def _plain_new(body: Node) -> bool:
    """Whether the class binds `__new__` nowhere, or only by one undecorated `def __new__`
    directly in its body."""
    if b"__new__" not in body.text:
        return True
    bindings = [n for n in _class_level(body) if n.type in ("assignment", "augmented_assignment",
                                                              "decorated_definition", "function_definition",
                                                              "for_statement", "class_definition")
                and b"__new__" in (_bound_name(n) or b"")]
    return not bindings or len(bindings) == 1 and bindings[0].type == "function_definition" and \
        bindings[0].parent == body


def _bound_name(node: Node) -> bytes | None:
    """The text of what a class-level statement binds (its target or its name)."""
    if node.type == "decorated_definition":
        node = node.child_by_field_name("definition") or node
    target = node.child_by_field_name("left") or node.child_by_field_name("name")
    return target.text if target is not None else None


def _decorated_init(statement: Node) -> bool:
    function = statement.child_by_field_name("definition") \
        if statement.type == "decorated_definition" else None
    name = function.child_by_field_name("name") if function is not None else None
    return name is not None and text(name) == "__init__"


# -- JavaScript / TypeScript -------------------------------------------------------------
# In plain JavaScript a missing argument is `undefined`, so tsc (checkJs) takes every
# parameter of a function without JSDoc types (no @param, no @type) as optional, and a
# function whose body reads `arguments` as taking any number of arguments. A JSDoc-typed
# function's parameters are required unless written `[name]` or `{Type=}`, or defaulted, or
# (with @param tags, not @type) placed after the last parameter a tag names: tsc takes
# `f(a, b, extra)` with tags for `a` and `b` only as callable with two arguments.

JS_FUNCTIONS = ("function_declaration", "generator_function_declaration", "function_signature")
JS_CLASSES = ("class_declaration", "abstract_class_declaration")
JS_TYPES = ("interface_declaration", "type_alias_declaration", "enum_declaration")
JS_FUNCTION_VALUES = ("arrow_function", "function_expression", "function", "generator_function")
OWN_ARGUMENTS = ("function_declaration", "generator_function_declaration", "function_expression",
                 "function", "generator_function", "method_definition")  # not arrow functions
JSDOC_TYPES = re.compile(r"@(param|arg|argument|type)\b")
JSDOC_OPTIONAL = re.compile(r"@(?:param|arg|argument)\s+(?:\{[^}]*=\s*\}\s*([\w$]+)|"
                            r"(?:\{[^}]*\}\s*)?\[\s*([\w$]+))")
JSDOC_PARAM = re.compile(r"@(?:param|arg|argument)\s+(?:\{[^}]*\}\s*)?\[?\s*([\w$]+)")


def js_definition(name: str, identifier: Node, redefined: bool = False,
                  plain: bool = False, ambient: bool = False,
                  expandos: tuple[str, ...] | None = ()) -> Definition:
    """A top-level definition; one declared several times (TypeScript overloads) has no
    single signature. `plain`: the file is JavaScript (see above); `ambient`: a declaration
    file, where every declaration of a namespace is one of its members; `expandos`: the
    properties the file assigns to the name at top level (`f.x = 1`; None: one by a computed
    key), which tsc adds to a function declaration."""
    definition = _js_definition(name, identifier, plain, ambient)
    if definition.kind == "function" and identifier.parent.type in JS_FUNCTIONS:
        definition = replace(definition, static_members=expandos)
    return _redefined(definition) if redefined else definition


# where a namespace's name stands: `namespace N`, `namespace N.B` (nested_identifier; a
# member_expression in a declaration file)
NAMESPACE_NAMES = ("internal_module", "nested_identifier", "member_expression")


def js_merged_definition(name: str, identifiers: list[Node], plain: bool = False,
                         ambient: bool = False, expandos: tuple[str, ...] | None = ()) -> Definition:
    """A name declared several times at top level. A function (with its overloads), a class or
    an enum merged with namespaces (interfaces beside them) is one value to tsc: the side's
    definition, with no single signature, whose namespace_members are every member of the
    merged value (the namespaces' and the side's own: Definition.static_members), None when
    one of them is not known; a class merged with namespaces only keeps its constructor and
    what its instances have (a namespace gives the value statics, never instance members),
    unless an interface merges members into its instances. A type alias beside namespaces only
    is the alias (the namespaces are values: they add nothing to the type; what they declare is
    not known then). Anything else: as `js_definition` of the first, redefined."""
    first = min(identifiers, key=lambda n: n.start_byte)
    kinds = [n.parent.type if n.parent is not None else "" for n in identifiers]
    sides = [n for n, kind in zip(identifiers, kinds)
             if kind in (*JS_FUNCTIONS, *JS_CLASSES, "enum_declaration")]
    namespaces = [n for n, kind in zip(identifiers, kinds) if kind in NAMESPACE_NAMES]
    side_kinds = {n.parent.type for n in sides} - {"function_signature"}
    aliases = [n for n, kind in zip(identifiers, kinds) if kind == "type_alias_declaration"]
    if len(aliases) == 1 and len(aliases) + len(namespaces) == len(identifiers):
        return js_definition(name, aliases[0], False, plain, ambient, expandos)
    if all(kind in JS_FUNCTIONS for kind in kinds) and "function_signature" in kinds:
        definition = js_definition(name, first, True, plain, ambient, expandos)
        return replace(definition, returns="", overloads=_overloads(
            [n.parent for n in sorted(identifiers, key=lambda n: n.start_byte)], plain))
    merged = _merged_namespaces(name, namespaces, ambient) if namespaces and not sides and \
        len(namespaces) + kinds.count("interface_declaration") == len(identifiers) else None
    if merged is not None:
        return merged
    if not namespaces or len(side_kinds) != 1 or \
            len(sides) + len(namespaces) + kinds.count("interface_declaration") != len(identifiers) or \
            side_kinds <= set(JS_CLASSES) and len(sides) > 1:
        return js_definition(name, first, True, plain, ambient, expandos)
    side = next(n for n in sides if n.parent.type != "function_signature")
    definition = js_definition(name, side, False, plain, ambient, expandos)
    if definition.kind != "class" or "interface_declaration" in kinds:
        definition = _redefined(definition)  # a namespace adds statics only; an interface, members
    parts = [definition.static_members] + [_namespace_members(n.parent, ambient or _declared(n.parent))
                                           for n in namespaces]
    members = None if any(p is None for p in parts) else \
        tuple(dict.fromkeys(m for p in parts for m in p))
    return replace(definition, namespace_members=members)


def _merged_namespaces(name: str, identifiers: list[Node], ambient: bool) -> Definition | None:
    """A namespace declared several times in one file (interfaces beside it are types only):
    one value (model.merged_namespace); None when the members of one are not known."""
    parts = [_js_definition(name, n, False, ambient) for n in sorted(identifiers, key=lambda n: n.start_byte)]
    return merged_namespace(parts) if all(p.namespace_members is not None for p in parts) else None


def _js_definition(name: str, identifier: Node, plain: bool, ambient: bool = False) -> Definition:
    parent = identifier.parent
    kind = parent.type if parent is not None else ""
    if kind in JS_FUNCTIONS:
        returns, awaitable = ("", False) if plain else _js_returns(parent)
        return Definition(name, "function", site(identifier), _js_signature(parent, plain),
                          body_hash(parent.child_by_field_name("body"), name),
                          returns=returns, awaitable=awaitable)
    if kind in JS_CLASSES:
        body = parent.child_by_field_name("body")
        bases = _js_bases(next((c for c in parent.named_children if c.type == "class_heritage"),
                               None))
        constructors = _js_constructors(body)
        return Definition(name, "class", site(identifier),
                          _js_signature(constructors[0], plain) if len(constructors) == 1 else None,
                          body_hash(body, name), _js_methods(body, plain), bases,
                          overloads=_overloads(constructors, plain) if len(constructors) > 1 else (),
                          attributes=_js_properties(body),
                          static_members=None if bases else _static_members(body),
                          instance_attributes=_instance_members(body))
    if kind == "variable_declarator":
        value = parent.child_by_field_name("value")
        if value is not None and value.type in JS_FUNCTION_VALUES:
            # `const f: Handler = (props) => ...`: calls must fit the declared type, which
            # impact does not read, not the function's own parameters
            declared = parent.child_by_field_name("type") is not None
            returns, awaitable = ("", False) if plain or declared else _js_returns(value)
            return Definition(name, "function", site(identifier),
                              None if declared else _js_signature(value, plain),
                              body_hash(value.child_by_field_name("body"), name),
                              returns=returns, awaitable=awaitable)
        return Definition(name, "variable", site(identifier), body=value_hash(value, name),
                          alias_of=_js_alias(parent))
    if kind in ("nested_identifier", "member_expression"):  # `namespace A.B.C { ... }` declares A
        return _dotted_namespace(name, identifier, ambient)
    if kind == "internal_module":  # `namespace N { ... }`: a value with members
        ambient = ambient or _declared(parent)
        members = _namespace_members(parent, ambient)
        return Definition(name, "variable", site(identifier), namespace_members=members,
                          nested_namespaces=_nested_namespaces(parent, ambient) if members else (),
                          types_only=_types_only(parent))
    if kind in JS_TYPES:
        value = parent.child_by_field_name("value" if kind == "type_alias_declaration" else "body")
        members = None if kind == "enum_declaration" else _object_members(parent, value)
        bases = _extended_types(parent) if members is not None else ()
        members = members if bases is not None else None
        return Definition(name, "type", site(identifier), body=value_hash(value, name, parent),
                          bases=bases or (),
                          static_members=_enum_members(value) if kind == "enum_declaration" else None,
                          object_members=members,
                          attributes=_typed_object_properties(value) if members is not None else ())
    return Definition(name, "variable", site(identifier))


# what a class body declares: (node type, where its name is)
CLASS_MEMBERS = ("public_field_definition", "method_definition", "method_signature",
                 "abstract_method_signature")
MEMBER_NAMES = ("property_identifier", "string", "number", "private_property_identifier")


def _member_name(name: Node) -> str:
    """A class, interface or enum member's name as written, a quoted one without its quotes."""
    return text(name)[1:-1] if name.type == "string" else text(name)


def _static_members(body: Node | None) -> tuple[str, ...] | None:
    """The static members a class body declares (`static s = 1`, `static make()`); None when
    one has a name impact cannot read (`static [key]`) or the class has a static index
    signature."""
    names: list[str] = []
    for member in body.named_children if body is not None else ():
        if not any(c.type == "static" for c in member.children):
            continue
        name = member.child_by_field_name("name")
        if member.type not in CLASS_MEMBERS or name is None or name.type not in MEMBER_NAMES:
            return None
        names.append(_member_name(name))
    return tuple(dict.fromkeys(names))


WELL_KNOWN_SYMBOL = re.compile(r"\[\s*Symbol\s*\.\s*\w+\s*\]")


def _instance_members(body: Node | None) -> tuple[str, ...] | None:
    """What a class body gives its instances (Definition.instance_attributes): fields, methods,
    accessors, parameter properties (`constructor(private dep: Dep)`); None when one has a
    name impact cannot read (`[key]()`, not a well-known symbol's) or the class has an index
    signature."""
    names: list[str] = []
    for member in body.named_children if body is not None else ():
        if member.type == "index_signature":
            return None
        if member.type not in CLASS_MEMBERS or any(c.type == "static" for c in member.children):
            continue
        name = member.child_by_field_name("name")
        if name is not None and WELL_KNOWN_SYMBOL.fullmatch(text(name)):
            continue  # `[Symbol.iterator]()`: no member a name reaches
        if name is None or name.type not in MEMBER_NAMES:
            return None
        names.append(_member_name(name))
        parameters = member.child_by_field_name("parameters") if text(name) == "constructor" else None
        for parameter in parameters.named_children if parameters is not None else ():
            pattern = parameter.child_by_field_name("pattern")
            if pattern is not None and any(c.type in ("accessibility_modifier", "readonly")
                                           for c in parameter.children):
                names.append(text(pattern))
    return tuple(dict.fromkeys(names))


OBJECT_TYPE_MEMBERS = ("property_signature", "method_signature")


def _extended_types(declaration: Node) -> tuple[str, ...] | None:
    """The interfaces an interface extends, as written without type arguments (`Base`,
    `ns.Base` of `extends ns.Base<T>`); None when one is no name."""
    names = []
    for clause in declaration.named_children:
        for written in clause.named_children if clause.type == "extends_type_clause" else ():
            named = written.named_children[0] if written.type == "generic_type" else written
            if named.type not in ("type_identifier", "nested_type_identifier"):
                return None
            names.append(text(named))
    return tuple(names)


def _object_members(declaration: Node, body: Node | None) -> tuple[str, ...] | None:
    """The properties and methods an interface (those it declares itself, not those of the
    interfaces it extends: _extended_types) or a type alias of an object type declares; None
    when one has a computed name, the type has an index, call or construct signature, or it
    is no such type."""
    if body is None or body.type not in ("interface_body", "object_type"):
        return None
    names: list[str] = []
    for member in body.named_children:
        if member.type == "comment":
            continue
        name = member.child_by_field_name("name")
        if member.type not in OBJECT_TYPE_MEMBERS or name is None or name.type not in MEMBER_NAMES:
            return None
        names.append(_member_name(name))
    return tuple(dict.fromkeys(names))


def _typed_object_properties(body: Node) -> tuple[Definition, ...]:
    """The properties of an interface or object type declared with a class (`collection:
    TreeCollection<T>`), with it as `returns`; not optional ones."""
    return tuple(Definition(_member_name(name), "variable", site(name), returns=declared)
                 for member in body.named_children
                 if member.type == "property_signature" and (name := member.child_by_field_name("name")) is not None
                 and not any(not c.is_named and c.type == "?" for c in member.children)
                 and (declared := _declared_class(member)))


def _enum_members(body: Node | None) -> tuple[str, ...] | None:
    """The members an enum body declares (`A`, `'b-c' = 2`); None when one is computed."""
    names: list[str] = []
    for member in body.named_children if body is not None else ():
        name = member.child_by_field_name("name") if member.type == "enum_assignment" else member
        if name is None or member.type == "comment":
            continue
        if name.type not in MEMBER_NAMES:
            return None
        names.append(_member_name(name))
    return tuple(dict.fromkeys(names))


NAMESPACE_DECLARATIONS = (*JS_FUNCTIONS, *JS_CLASSES, *JS_TYPES, "internal_module", "module",
                          "import_alias")
NAMESPACE_VARIABLES = ("lexical_declaration", "variable_declaration")
PATTERN_NAMES = ("identifier", "shorthand_property_identifier_pattern")


def _declared(node: Node) -> bool:
    """Whether a node stands in a `declare` block (an ambient context)."""
    parent = node.parent
    while parent is not None and parent.type != "ambient_declaration":
        parent = parent.parent
    return parent is not None


MAX_NESTED_NAMESPACES = 8


NAMESPACE_TYPES = ("interface_declaration", "type_alias_declaration")


def _types_only(namespace: Node) -> bool:
    """Whether a namespace's body declares types only (interfaces, type aliases, namespaces
    that do too, exported or not): tsc instantiates no value for it."""
    body = namespace.child_by_field_name("body")
    for statement in body.named_children if body is not None else ():
        if statement.type == "export_statement":
            statement = statement.child_by_field_name("declaration")
        elif statement.type == "expression_statement" and statement.named_children:
            statement = statement.named_children[0]  # `namespace Inner { }`, read as an expression
        if statement is None or statement.type not in (*NAMESPACE_TYPES, "internal_module", "comment") \
                or statement.type == "internal_module" and not _types_only(statement):
            return False
    return body is not None


def _namespace_members(namespace: Node, ambient: bool) -> tuple[str, ...] | None:
    """The members of a namespace: the names its body exports (`export function f`, `export {
    a as b }`), and in an ambient one (`declare namespace`, a declaration file) every name it
    declares; None when a statement may add members impact does not read."""
    body = namespace.child_by_field_name("body")
    if body is None:
        return None
    names: list[str] = []
    for statement in body.named_children:
        if statement.type == "export_statement":
            clause = next((c for c in statement.named_children if c.type == "export_clause"), None)
            declaration = statement.child_by_field_name("declaration")
            if clause is not None and statement.child_by_field_name("source") is None:
                names += [text(spec.child_by_field_name("alias") or spec.child_by_field_name("name"))
                          for spec in clause.named_children if spec.type == "export_specifier"]
                continue
            if declaration is None:
                return None  # `export =`, `export default`, `export * from`: not read
            statement = declaration
        elif not ambient:
            continue  # not exported: no member
        inner = statement.named_children[0] if statement.named_children else None
        if inner is not None and (statement.type == "ambient_declaration" or  # `declare const x`
                                  inner.type == "internal_module"):  # `namespace Inner { }`, read
            statement = inner  # by the grammar as an expression statement
        declared = _declared_in_namespace(statement)
        if declared is None:
            return None
        names += declared
    return tuple(dict.fromkeys(names))


def _dotted_namespace(name: str, identifier: Node, ambient: bool) -> Definition:
    """`A` of `namespace A.B.C { ... }` (declared once): a namespace whose one member `B` is
    a namespace whose one member is `C`, which has the body's members."""
    parts, node = [], identifier.parent
    while node is not None and node.type in ("nested_identifier", "member_expression"):
        parts.append(text(node.child_by_field_name("property")))
        node = node.parent
    if node is None or node.type != "internal_module":
        return Definition(name, "variable", site(identifier))
    ambient = ambient or _declared(node)
    members = _namespace_members(node, ambient)
    if members is None:
        return Definition(name, "variable", site(identifier))
    paths = [".".join(parts[:length]) for length in range(1, len(parts) + 1)]
    chain = [(path, (part,)) for path, part in zip(paths, parts[1:])]
    inner = tuple((f"{paths[-1]}.{path}", found) for path, found in _nested_namespaces(node, ambient))
    return Definition(name, "variable", site(identifier), namespace_members=(parts[0],),
                      nested_namespaces=(*chain, (paths[-1], members), *inner))


def _nested_namespaces(namespace: Node | list[Node], ambient: bool, prefix: str = "", depth: int = 0
                       ) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The member namespaces of a namespace (exported, or any in an ambient one) whose
    members impact reads, by dotted path, and theirs below them. `namespace`: its declaration,
    or every declaration of one declared several times in a body; a name several statements
    of its bodies declare is one namespace merged (every one a namespace whose members impact
    reads), or left out."""
    declared: dict[str, list[Node]] = {}
    for body in (n.child_by_field_name("body") for n in (namespace if isinstance(namespace, list)
                                                          else [namespace])):
        if body is None or depth > MAX_NESTED_NAMESPACES:
            return ()
        for name, node in _declared_namespaces(body, ambient):
            declared.setdefault(name, []).append(node)
    found: list[tuple[str, tuple[str, ...]]] = []
    for name, nodes in declared.items():
        parts = [_namespace_members(n, ambient) if n.type == "internal_module" else None for n in nodes]
        if all(p is not None for p in parts):
            path = f"{prefix}{name}"
            found.append((path, tuple(dict.fromkeys(m for p in parts for m in p or ()))))
            found += _nested_namespaces(nodes, ambient, f"{path}.", depth + 1)
    return tuple(found)


def _declared_namespaces(body: Node, ambient: bool) -> Iterator[tuple[str, Node]]:
    """(name, declaration) of what a namespace's body declares that may merge with a namespace
    (exported, or anything in an ambient one)."""
    for statement in body.named_children:
        exported = statement.type == "export_statement"
        if exported:
            statement = statement.child_by_field_name("declaration") or statement
        if not (exported or ambient):
            continue
        inner = statement.named_children[0] if statement.named_children else None
        if inner is not None and inner.type == "internal_module" and statement.type != "internal_module":
            statement = inner
        for node in (statement, *statement.named_children):
            name = node.child_by_field_name("name") if node.type in NAMESPACE_DECLARATIONS else None
            if name is not None and name.type in ("identifier", "type_identifier"):
                yield text(name), node


def _declared_in_namespace(statement: Node) -> list[str] | None:
    """The names a statement of a namespace body declares ([] for a statement that declares
    none); None for a declaration impact does not read."""
    if statement.type in NAMESPACE_VARIABLES:
        return [text(n) for declarator in statement.named_children
                if declarator.type == "variable_declarator"
                for n in _pattern_identifiers(declarator.child_by_field_name("name"))]
    if statement.type not in NAMESPACE_DECLARATIONS:
        return [] if statement.type in ("expression_statement", "comment", "empty_statement",
                                        "if_statement", "for_statement", "return_statement") \
            else None
    name = statement.child_by_field_name("name") or next(
        (c for c in statement.named_children if c.type == "identifier"), None)
    return [text(name)] if name is not None and name.type in ("identifier", "type_identifier") \
        else None


def _pattern_identifiers(pattern: Node | None) -> list[Node]:
    """The identifiers in a binding name or pattern (property keys too: more, never fewer)."""
    found, pending = [], [pattern] if pattern is not None else []
    while pending:
        node = pending.pop()
        if node.type in PATTERN_NAMES:
            found.append(node)
        pending.extend(node.named_children)
    return found


def _js_alias(declarator: Node) -> str:
    """`const NAME = other` (also exported) as a statement of the module itself, without a
    type annotation (which would be what calls must fit): `other` when it is a name or a
    dotted name, else ""."""
    declaration = declarator.parent
    value = declarator.child_by_field_name("value")
    if declaration is None or declaration.type != "lexical_declaration" or \
            declaration.child(0).type != "const" or declarator.child_by_field_name("type") \
            or value is None or not _dotted_name(value):
        return ""
    statement = declaration.parent if declaration.parent is not None and \
        declaration.parent.type == "export_statement" else declaration
    return text(value) if statement.parent is not None and statement.parent.type == "program" \
        else ""


def _js_returns(function: Node) -> tuple[str, bool]:
    """The class a function declaration's (or a variable's arrow function's or function
    expression's, or a method's) return type names (`): C`, `): mod.C`, `): C<T>`:
    Definition.returns), and whether it is what awaiting a call gives (`): Promise<C>`,
    Definition.awaitable); "" for a generator. A type parameter of its own is the class it
    extends when no parameter's type names it and it has no default (`get<T extends C>(): T`:
    tsc gives a call without type arguments the constraint; the checks read no call with
    them). Without a return type, the class every `return` constructs (_constructed_return),
    tsc's inferred type (a `Promise` of it when async)."""
    if function.type not in ("function_declaration", "arrow_function", "function_expression",
                             "method_definition"):
        return "", False
    annotation = function.child_by_field_name("return_type")
    if annotation is None:
        made = _constructed_return(function)
        return made, bool(made) and any(c.type == "async" for c in function.children)
    named = annotation.named_children if annotation is not None else []
    promised = named[0] if len(named) == 1 and named[0].type == "generic_type" and \
        text(named[0].child_by_field_name("name")) == "Promise" else None
    arguments = promised.child_by_field_name("type_arguments") if promised is not None else None
    if promised is not None and (arguments is None or arguments.named_child_count != 1) or \
            promised is None and any(c.type == "async" for c in function.children):
        return "", False
    written = arguments.named_children[0] if promised is not None else named[0] if len(named) == 1 else None
    parameters = function.child_by_field_name("type_parameters")
    if written is not None and written.type == "type_identifier" and parameters is not None:
        written = _unbound_constraint(parameters, written, function.child_by_field_name("parameters"))
    return _class_written(written), promised is not None


# what a function's returns are searched in, not the functions and classes it holds
NESTED_SCOPES = ("function_declaration", "generator_function_declaration", "function_expression",
                 "arrow_function", "method_definition", "class_declaration", "class", "function",
                 "generator_function")


def _constructed_return(function: Node) -> str:
    """The class, as written, that every `return` of a function constructs (`return new
    Item()`, an arrow function's `=> new Item()`), at least one and no other return; ""
    otherwise (a `return` of anything else, or none)."""
    body = function.child_by_field_name("body")
    if body is None:
        return ""
    values = [body] if body.type != "statement_block" else []
    stack = list(body.named_children) if body.type == "statement_block" else []
    while stack:
        node = stack.pop()
        if node.type == "return_statement":
            values.append(node.named_children[0] if node.named_children else None)
        elif node.type not in NESTED_SCOPES:
            stack.extend(node.named_children)
    made = set()
    for value in values:
        while value is not None and value.type == "parenthesized_expression" and value.named_child_count == 1:
            value = value.named_children[0]
        constructor = value.child_by_field_name("constructor") \
            if value is not None and value.type == "new_expression" else None
        made.add(text(constructor) if constructor is not None and
                 constructor.type in ("identifier", "member_expression") else "")
    return made.pop() if len(made) == 1 else ""


def _unbound_constraint(parameters: Node, written: Node, formal: Node | None) -> Node | None:
    """The type a function's type parameter (`written`) extends, when it has no default and no
    parameter's type names it (nothing a call passes infers it); `written` itself when it is
    no type parameter of the function; None otherwise."""
    name = text(written)
    declared = next((p for p in parameters.named_children if p.type == "type_parameter" and
                     p.named_children and text(p.named_children[0]) == name), None)
    if declared is None:
        return written
    constraint = next((c for c in declared.named_children if c.type == "constraint"), None)
    if constraint is None or any(c.type == "default_type" for c in declared.named_children) or \
            formal is not None and re.search(rb"(?<![\w$.])" + re.escape(name.encode()) + rb"(?![\w$])",
                                             formal.text or b""):
        return None
    return constraint.named_children[-1] if constraint.named_children else None


def _class_written(written: Node | None) -> str:
    """The one class a type as written names (`Dep`, `mod.Dep`, `Dep<T>`); "" for another."""
    written = written.child_by_field_name("name") if written is not None and written.type == "generic_type" \
        else written
    return text(written) if written is not None and \
        written.type in ("type_identifier", "nested_type_identifier") else ""


def _js_signature(function: Node, plain: bool) -> tuple[Parameter, ...] | None:
    """The parameters of a function, method or arrow function node."""
    single = function.child_by_field_name("parameter")  # `x => ...`
    params = (Parameter(text(single), "positional"),) if single is not None else \
        js_parameters(function.child_by_field_name("parameters"))
    if params is None or not plain:
        return params
    jsdoc = _jsdoc(function)
    if JSDOC_TYPES.search(jsdoc):
        optional = {a or b for a, b in JSDOC_OPTIONAL.findall(jsdoc)}
        if "@type" not in jsdoc:  # parameters after the last tagged one are optional
            tagged = set(JSDOC_PARAM.findall(jsdoc))
            last = max((i for i, p in enumerate(params) if p.name in tagged), default=-1)
            optional |= {p.name for p in params[last + 1:]}
        params = tuple(replace(p, default=True) if p.name in optional else p for p in params)
    else:
        params = tuple(replace(p, default=True) if p.kind == "positional" else p for p in params)
    if not any(p.kind == "var-positional" for p in params) and \
            _reads_arguments(function.child_by_field_name("body")):
        params += (Parameter("arguments", "var-positional"),)
    return params


def _jsdoc(function: Node) -> str:
    """The text of the `/** ... */` comment right before the statement declaring a function."""
    statement = function
    while statement.parent is not None and statement.parent.type in (
            "variable_declarator", "lexical_declaration", "variable_declaration", "export_statement"):
        statement = statement.parent
    comment = statement.prev_named_sibling
    found = text(comment) if comment is not None and comment.type == "comment" else ""
    return found if found.startswith("/**") else ""


def _reads_arguments(body: Node | None) -> bool:
    """Whether a body uses `arguments` (its own: nested functions other than arrows have theirs)."""
    if body is None or b"arguments" not in body.text:
        return False
    stack = list(body.children)
    while stack:
        node = stack.pop()
        if node.type == "identifier" and node.text == b"arguments":
            return True
        if node.type not in OWN_ARGUMENTS:
            stack.extend(node.children)
    return False


def js_parameters(node: Node | None) -> tuple[Parameter, ...] | None:
    if node is None:
        return None
    params = []
    for child in node.named_children:
        if child.type == "comment":
            continue
        pattern = child.child_by_field_name("pattern") if child.type in (
            "required_parameter", "optional_parameter") else \
            child.child_by_field_name("left") if child.type == "assignment_pattern" else child
        if pattern is not None and pattern.type == "this":
            continue  # TypeScript's `this:` parameter is not passed
        optional = child.type == "optional_parameter" or child.type == "assignment_pattern" or \
            child.child_by_field_name("value") is not None
        if pattern is not None and pattern.type == "rest_pattern":
            params.append(Parameter(text(pattern).lstrip("."), "var-positional"))
        else:
            params.append(Parameter(text(pattern) if pattern is not None else "", "positional",
                                    optional))
    return tuple(params)


def _js_bases(heritage: Node | None) -> tuple[str, ...]:
    """The class a JavaScript/TypeScript class extends (interfaces it implements are not bases)."""
    bases = []
    for child in heritage.named_children if heritage is not None else ():
        if child.type == "extends_clause":
            value = child.child_by_field_name("value")
            bases.append(text(value) if value is not None else text(child))
        elif child.type != "implements_clause":
            bases.append(text(child))
    return tuple(bases)


def _js_methods(body: Node | None, plain: bool) -> tuple[Definition, ...]:
    """A class body's methods: those with a body (with the overload signatures before one), and
    those only declared (a `declare class`'s, an abstract method), one or several times."""
    methods = []
    signatures: dict[tuple[str, bool], list[Node]] = {}  # overloads, by name and static or not
    for member in body.named_children if body is not None else ():
        name_node = member.child_by_field_name("name")
        static = any(c.type == "static" for c in member.children)
        if member.type in ("method_signature", "abstract_method_signature") and name_node is not None \
                and name_node.type == "property_identifier" and text(name_node) != "constructor":
            signatures.setdefault((text(name_node), static), []).append(member)
        if member.type != "method_definition" or name_node is None or \
                name_node.type != "property_identifier" or text(name_node) == "constructor" or \
                any(not c.is_named and c.type in ("get", "set") for c in member.children):
            continue  # accessors are properties, not methods
        overloads = _overloads(signatures.pop((text(name_node), static), []), plain)
        generator = any(not c.is_named and c.type == "*" for c in member.children)
        returns, awaitable = ("", False) if overloads or plain or generator else _js_returns(member)
        methods.append(Definition(text(name_node), "method", site(name_node),
                                  _js_signature(member, plain),
                                  body_hash(member.child_by_field_name("body"), text(name_node)),
                                  overloads=overloads, returns=returns, awaitable=awaitable))
    for (name, _static), declarations in signatures.items():  # declared only
        first = declarations[0]
        methods.append(Definition(name, "method", site(first.child_by_field_name("name")),
                                  _js_signature(first, plain) if len(declarations) == 1 else None,
                                  overloads=_overloads(declarations, plain) if len(declarations) > 1 else ()))
    return tuple(methods)


def _js_properties(body: Node | None) -> tuple[Definition, ...]:
    """The properties a class body gives its instances: fields, accessors (`get size()`, a
    setter beside its getter is the same property) and parameter properties (`constructor(private
    dep: Dep)`), by their names as written; with the class a field, getter or parameter property
    is declared with (`dep: Dep`, `dep = new Dep()`, `get dep(): Dep`) as `returns`, when
    declared once and not optional."""
    found = []
    for member in body.named_children if body is not None else ():
        name = member.child_by_field_name("name")
        if name is None or name.type != "property_identifier" or \
                any(c.type == "static" for c in member.children):
            continue
        if member.type == "public_field_definition":
            found.append(Definition(text(name), "variable", site(name), returns=_field_class(member)))
        elif member.type == "method_definition" and any(not c.is_named and c.type == "get" for c in member.children):
            found.append(Definition(text(name), "variable", site(name), returns=_declared_class(member, "return_type")))
        elif member.type == "method_definition" and any(not c.is_named and c.type == "set" for c in member.children):
            if not any(_is_getter(other, text(name)) for other in body.named_children):
                found.append(Definition(text(name), "variable", site(name)))
        elif member.type == "method_definition" and text(name) == "constructor":
            parameters = member.child_by_field_name("parameters")
            found += [Definition(text(pattern), "variable", site(pattern),
                                 returns=_declared_class(p) if p.type == "required_parameter" else "")
                      for p in parameters.named_children
                      if (pattern := p.child_by_field_name("pattern")) is not None and
                      pattern.type == "identifier" and
                      any(c.type in ("accessibility_modifier", "readonly") for c in p.children)]
    unique: dict[str, Definition] = {}
    for definition in found:
        unique[definition.name] = replace(definition, returns="") if definition.name in unique \
            else definition
    return tuple(unique.values())


def _is_getter(member: Node, name: str) -> bool:
    """Whether a class member is the getter `get name()` (whose type reading `name` gives)."""
    named = member.child_by_field_name("name")
    return member.type == "method_definition" and named is not None and text(named) == name and \
        any(not c.is_named and c.type == "get" for c in member.children) and \
        not any(c.type == "static" for c in member.children)


def _field_class(field: Node) -> str:
    """The class a field is declared with: its annotation (`dep: Dep`), else `new Dep()`;
    "" for an optional field (`dep?: Dep`) or any other."""
    if any(not c.is_named and c.type in ("?", "!") for c in field.children):
        return ""
    if field.child_by_field_name("type") is not None:
        return _declared_class(field)
    value = field.child_by_field_name("value")
    made = value.child_by_field_name("constructor") if value is not None and value.type == "new_expression" \
        else None
    return text(made) if made is not None and _dotted_name(made) else ""


def _declared_class(node: Node, field: str = "type") -> str:
    """The one class a declaration's type annotation (or return type) names (`Dep`,
    `mod.Dep`, `Dep<T>`), as written; "" for any other type."""
    annotation = node.child_by_field_name(field)
    named = annotation.named_children if annotation is not None else []
    return _class_written(named[0] if len(named) == 1 else None)


def _overloads(declarations: list[Node], plain: bool) -> tuple[tuple[Parameter, ...], ...]:
    """The overload signatures among a function's or method's declarations (those without a
    body, when one has a body; else all); () when one cannot be read."""
    signatures = [d for d in declarations if d.child_by_field_name("body") is None] \
        if any(d.child_by_field_name("body") is not None for d in declarations) else declarations
    parameters = [_js_signature(d, plain) for d in signatures]
    return () if any(p is None for p in parameters) else tuple(parameters)


def _js_constructors(body: Node | None) -> list[Node]:
    """A class's constructor declarations: its implementation and the overload signatures
    before it, or a `declare class`'s signatures (several are overloads)."""
    return [m for m in body.named_children if m.type in ("method_signature", "method_definition")
            and (name := m.child_by_field_name("name")) is not None and name.text == b"constructor"] \
        if body is not None else []
