"""Python: the names a URL prefix may be read from, and prefixes written with names.

`app.include_router(api_router, prefix=settings.API_V1_STR)` (FastAPI's project template),
`app.register_blueprint(bp, url_prefix=API_PREFIX)`, `APIRouter(prefix=f"{API}/users")`: the
prefix is a name, an attribute of an instance of a settings class, or an f-string of those.
A module says what such names hold when it binds them at its top level: a string
(`API_PREFIX = "/api"`), a class attribute with a string default (`class Settings(BaseSettings):
API_V1_STR: str = "/api/v1"`), or an instance of a class (`settings = Settings()`);
impact.http.prefixes follows the names there. Only strings that may be a path are kept
(empty, or starting with `/`), so a module's other constants cost nothing. A settings class's
default is what the code says; an environment variable may override it when the app runs.
Flask's config read by key (`url_prefix=app.config["API_PREFIX"]`) is the attribute of the
object the same function (or module) loads the config from, `app.config.from_object(Config)`,
when that is the one thing it does to the config (no other loader, no item written); an app
factory's parameter (`def create_app(config_class=Config)`) gives its default, what the app
runs with unless a caller (a test) passes another. An import string
(`from_object("pkg.settings.Config")`, which Flask imports) names the class by its module's
dotted name: the hole is `IMPORT_STRING` + that name, followed by impact.http.prefixes.
A class attribute a class inherits from a base class of its module (`class DevelopmentConfig(Config)`)
is the class's too. A config chosen by name from a module-level dict of classes
(`from_object(config_by_name[config_name])`, `config_by_name = {"development": DevelopmentConfig,
...}`) gives an attribute every class of the dict has alike (`config_by_name[].API_PREFIX`,
ITEMS); when they differ, which one the app runs with is not known.
"""

from __future__ import annotations

from dataclasses import replace

from tree_sitter import Node

from impact.http.py_syntax import string_literal
from impact.lang.treesitter import ancestor, descendants, site, text
from impact.model import ConstantDecl, Url

NAME_TYPES = ("identifier", "attribute")
IMPORT_STRING = "import:"  # a hole naming a class by its module's dotted name, then the attribute
ITEMS = "[]"  # after a dict's name: what each of its items holds alike
PYFILE = "pyfile:"  # a hole naming a file of constants (relative to the module) and a key
INSTANCE_RELATIVE = "instance_relative_config"
LOADERS = ("from_object", "from_pyfile")


def constants(root: Node) -> list[ConstantDecl]:
    """The module-level strings, class-attribute strings (own and inherited from a class of the
    module), class instances and attributes alike in a dict of classes of a module."""
    found: list[ConstantDecl] = []
    classes: dict[str, tuple[list[str], dict[str, ConstantDecl | None]]] = {}
    dicts = []
    for statement in root.named_children:
        if statement.type == "decorated_definition":
            statement = statement.child_by_field_name("definition")
        if statement.type == "expression_statement":
            found += _bound(statement, "")
            dicts += _class_dict(statement)
        elif statement.type == "class_definition":
            name = text(statement.child_by_field_name("name"))
            own = _class_attributes(statement, name)
            classes[name] = (_bases(statement), own)
            found += [c for c in own.values() if c is not None and c.value is not None]
    attributes = {name: _attributes(name, classes, 0) for name in classes}
    found += [replace(constant, name=f"{name}.{attribute}") for name, (_bases_of, own) in classes.items()
              for attribute, constant in attributes[name].items() if attribute not in own]
    for name, given, where in dicts:
        found += _alike(name, [attributes.get(c) for c in given], where)
    return found


MAX_BASES = 8  # classes inheriting from classes of the module, followed this deep


def _class_attributes(cls: Node, name: str) -> dict[str, ConstantDecl | None]:
    """The attributes a class body assigns: the string constant of each, None for one assigned
    something else (it hides what a base says)."""
    found: dict[str, ConstantDecl | None] = {}
    for member in cls.child_by_field_name("body").named_children:
        assignment = member.named_children[0] if member.type == "expression_statement" and \
            member.named_children else None
        left = assignment.child_by_field_name("left") if assignment is not None and \
            assignment.type == "assignment" else None
        if left is None or left.type != "identifier":
            continue
        bound = [c for c in _bound(member, name + ".") if c.value is not None]
        found[text(left)] = bound[0] if bound else None
    return found


def _bases(cls: Node) -> list[str]:
    given = cls.child_by_field_name("superclasses")
    return [text(b) for b in given.named_children if b.type == "identifier"] if given is not None else []


def _attributes(name: str, classes: dict[str, tuple[list[str], dict[str, ConstantDecl | None]]],
                depth: int) -> dict[str, ConstantDecl]:
    """A class's string attributes: its own, and those its bases of the module give (the
    first base that has one wins, as Python's lookup of a single chain does); one the class or
    a base nearer assigns something else is none."""
    if name not in classes or depth > MAX_BASES:
        return {}
    bases, own = classes[name]
    found: dict[str, ConstantDecl | None] = {}
    for base in reversed(bases):
        found.update(_attributes_or_hidden(base, classes, depth + 1))
    merged = {**found, **own}
    return {attribute: constant for attribute, constant in merged.items() if constant is not None}


def _attributes_or_hidden(name: str, classes: dict[str, tuple[list[str], dict[str, ConstantDecl | None]]],
                          depth: int) -> dict[str, ConstantDecl | None]:
    """A base's string attributes, and None for each it assigns something else."""
    if name not in classes:
        return {}
    hidden = {attribute: None for attribute, constant in classes[name][1].items() if constant is None}
    return {**_attributes(name, classes, depth), **hidden}


def _class_dict(statement: Node) -> list[tuple[str, list[str], Node]]:
    """`config_by_name = {"development": DevelopmentConfig, ...}`: (the name, the classes, where),
    when every value is a plain name."""
    assignment = statement.named_children[0] if statement.named_children else None
    if assignment is None or assignment.type != "assignment":
        return []
    left, right = assignment.child_by_field_name("left"), assignment.child_by_field_name("right")
    if left is None or right is None or left.type != "identifier" or right.type != "dictionary":
        return []
    values = [pair.child_by_field_name("value") for pair in right.named_children if pair.type == "pair"]
    if not values or len(values) != len(right.named_children) or \
            any(v is None or v.type != "identifier" for v in values):
        return []
    return [(text(left), [text(v) for v in values], assignment)]


def _alike(name: str, items: list[dict[str, ConstantDecl] | None], where: Node) -> list[ConstantDecl]:
    """`name[].attribute` for each string attribute every class of a dict has, with one value."""
    if not items or any(item is None for item in items):
        return []
    common = set.intersection(*(set(item) for item in items))
    return [ConstantDecl(f"{name}{ITEMS}.{attribute}", values.pop(), site(where))
            for attribute in sorted(common)
            if len(values := {item[attribute].value for item in items}) == 1]


def _bound(statement: Node, owner: str) -> list[ConstantDecl]:
    assignment = statement.named_children[0] if statement.named_children else None
    if assignment is None or assignment.type != "assignment":
        return []
    left, right = assignment.child_by_field_name("left"), assignment.child_by_field_name("right")
    if left is None or right is None or left.type != "identifier":
        return []
    name = owner + text(left)
    value = string_literal(right)
    if value is not None:
        return [ConstantDecl(name, value, site(assignment))] if _may_be_a_path(value) else []
    if right.type == "call":
        made_by = right.child_by_field_name("function")
        if made_by.type in NAME_TYPES and text(made_by).rpartition(".")[2][:1].isupper():
            return [ConstantDecl(name, None, site(assignment), made_by=text(made_by))]
    return []


def _may_be_a_path(value: str) -> bool:
    return value == "" or value.startswith("/")


def prefix_from(node: Node | None) -> Url | None:
    """A prefix written with names: a (dotted) name, an f-string of names, or `+` of
    those and strings; None for anything else (a call, a subscript, a format spec)."""
    if node is None:
        return None
    local = _local_value(node) if node.type == "identifier" else None
    if local is not None:  # `prefix = app.config["API_PREFIX"]` in the function
        return prefix_from(local)
    if node.type in NAME_TYPES:
        return Url(("", ""), (text(node),)) if _dotted(node) else None
    if node.type == "string":
        return _string(node)
    if node.type == "subscript":
        return _config_item(node)
    if node.type == "binary_operator" and text(node.child_by_field_name("operator")) == "+":
        left = prefix_from(node.child_by_field_name("left"))
        right = prefix_from(node.child_by_field_name("right"))
        if left is None or right is None:
            return None
        return Url((*left.parts[:-1], left.parts[-1] + right.parts[0], *right.parts[1:]),
                   left.holes + right.holes)
    return None


def _local_value(name: Node) -> Node | None:
    """What a name of a function is bound to, when the function binds it once, by a plain
    assignment before `name` (no parameter, no other binding: `prefix = app.config["X"]`)."""
    function = ancestor(name, ("function_definition",))
    if function is None:
        return None
    written, found, stack = text(name), [], [function.child_by_field_name("body")]
    while stack:
        node = stack.pop()
        if node.type in ("function_definition", "class_definition", "lambda"):
            continue
        if node.type in ("for_statement", "with_item", "augmented_assignment", "named_expression",
                         "global_statement", "nonlocal_statement", "import_from_statement") and \
                written in _names_below(node):
            return None  # bound some other way too
        if node.type == "assignment":
            left = node.child_by_field_name("left")
            if left.type == "identifier" and text(left) == written:
                found.append(node)
            elif written in _names_below(left):
                return None
        stack.extend(node.named_children)
    parameters = _names_below(function.child_by_field_name("parameters"))
    if len(found) != 1 or written in parameters or found[0].end_byte > name.start_byte:
        return None
    return found[0].child_by_field_name("right")


def _names_below(node: Node) -> set[str]:
    """The names of the identifiers at and below `node`."""
    return {text(n) for n in (node, *descendants(node)) if n.type == "identifier"}


def _config_item(node: Node) -> Url | None:
    """`app.config["API_PREFIX"]` as `Config.API_PREFIX`, the object the config is loaded
    from (`_config_source`)."""
    config, key = node.child_by_field_name("value"), string_literal(node.child_by_field_name("subscript"))
    if config.type != "attribute" or text(config.child_by_field_name("attribute")) != "config" or \
            key is None or not key.isidentifier():
        return None
    source = _config_source(node, text(config))
    if source is not None and source.startswith(PYFILE):
        return Url(("", ""), (f"{source}#{key}",)) if key.isupper() else None
    return None if source is None else Url(("", ""), (f"{source}.{key}",))


def _config_source(node: Node, config: str) -> str | None:
    """The dotted name given to `<config>.from_object(...)` in the function (or module) around
    `node`, or `PYFILE` + the file `from_pyfile("settings.py")` names, when every other use of
    `<config>` there reads an item: another loader (`from_envvar`, a second one, `update`) or
    an item written makes the value unknown."""
    scope = ancestor(node, ("function_definition",)) or ancestor(node, ("module",))
    sources = []
    for use in _uses(scope, config):
        parent = use.parent
        if parent.type == "subscript" and parent.child_by_field_name("value") == use:
            written = parent.parent.type in ("assignment", "augmented_assignment") and \
                parent.parent.child_by_field_name("left") == parent
            if written or parent.parent.type == "delete_statement":
                return None
            continue
        loader = parent.parent if parent.type == "attribute" else None
        called = text(parent.child_by_field_name("attribute")) if loader is not None else ""
        if loader is None or loader.type != "call" or called not in LOADERS:
            return None
        given = loader.child_by_field_name("arguments").named_children
        source = _loaded_object(given[0]) if called == "from_object" and len(given) == 1 else \
            _loaded_file(given, scope) if called == "from_pyfile" else None
        if source is None:
            return None
        sources.append(source)
    if len(sources) != 1:
        return None
    if sources[0].startswith((IMPORT_STRING, PYFILE)) or scope.type != "function_definition":
        return sources[0]
    return _default_of(scope, sources[0])


def _loaded_file(given: list[Node], scope: Node) -> str | None:
    """`from_pyfile("settings.py")` (`silent=True` too): `PYFILE` + the relative path of a
    Python file; None for another path, or where the app's config is instance-relative."""
    written = string_literal(given[0]) if given and given[0].type == "string" else None
    others = [g for g in given[1:] if g.type != "keyword_argument"]
    if written is None or others or not written.endswith(".py") or written.startswith("/") or \
            INSTANCE_RELATIVE.encode() in (scope.text or b""):
        return None
    return PYFILE + written


def _loaded_object(given: Node) -> str | None:
    """What `from_object` is given: a dotted name, or an import string of one (`"pkg.mod.Config"`,
    a module and a name in it) as `IMPORT_STRING` + the string, or an item of a dict named
    (`config_by_name[env]`) as its name + ITEMS."""
    if given.type in NAME_TYPES:
        return text(given) if _dotted(given) else None
    if given.type == "subscript" and given.child_by_field_name("value").type == "identifier":
        return text(given.child_by_field_name("value")) + ITEMS  # `config_by_name[name]`
    imported = string_literal(given)
    names = imported.split(".") if imported is not None else []
    if len(names) < 2 or not all(name.isidentifier() for name in names):
        return None
    return IMPORT_STRING + imported


def _default_of(function: Node, name: str) -> str | None:
    """`name` as the function sees it: a parameter's default when it is a dotted name (None
    for a parameter without one), else `name` itself."""
    for parameter in function.child_by_field_name("parameters").named_children:
        defaulted = parameter.type.endswith("default_parameter")
        named = parameter.child_by_field_name("name") if defaulted else parameter \
            if parameter.type == "identifier" else (parameter.named_children or [None])[0]
        if named is None or text(named) != name.partition(".")[0]:
            continue
        default = parameter.child_by_field_name("value") if defaulted else None
        if default is None or default.type not in NAME_TYPES or not _dotted(default):
            return None
        return text(default) + name[len(text(named)):]
    return name


def _uses(scope: Node, written: str) -> list[Node]:
    """The attribute nodes in `scope` that read `written` (`app.config`)."""
    found, stack = [], [scope]
    while stack:
        node = stack.pop()
        if node.type == "attribute" and text(node) == written:
            found.append(node)
            continue
        stack.extend(node.named_children)
    return found


def _string(node: Node) -> Url | None:
    """A string, or an f-string whose every interpolation is a dotted name (no conversion,
    no format); None for bytes and for an escape sequence (not a path read exactly)."""
    start = text(node.named_children[0]) if node.named_children else ""
    if "b" in start.lower():
        return None
    parts, holes, current = [], [], ""
    for child in node.named_children:
        if child.type == "string_content":
            current += text(child)
        elif child.type == "interpolation":
            inner = child.named_children
            if len(inner) != 1 or inner[0].type not in NAME_TYPES or not _dotted(inner[0]):
                return None
            local = prefix_from(inner[0]) if inner[0].type == "identifier" else None
            if local is None:
                parts.append(current)
                holes.append(text(inner[0]))
                current = ""
                continue
            parts += [current + local.parts[0], *local.parts[1:-1]]
            holes += local.holes
            current = local.parts[-1]
        elif child.type not in ("string_start", "string_end"):
            return None
    return Url((*parts, current), tuple(holes))


def _dotted(node: Node) -> bool:
    """`a`, `a.b`, `a.b.c`: names and attributes only."""
    while node.type == "attribute":
        node = node.child_by_field_name("object")
    return node.type == "identifier"
