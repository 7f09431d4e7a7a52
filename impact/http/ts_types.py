"""TypeScript types a JSON body is declared with: the fields of top-level interfaces, object
type aliases and classes (DTOs, entities, `Page<T>`), and the body a declared return type
says a method sends (`Promise<TaskDto>`, `Observable<TaskDto[]>`, `Task | null`).

A type is a ModelDecl (impact.model) whose fields are what `JSON.stringify` writes of such a
value: an interface's or object type's property signatures; a class's instance fields and
constructor parameter properties (not its getters, methods, static or `#private` fields).
It is *open* — its fields unknown — when an index signature, a method or call signature, a
computed key, a `toJSON()` method or a class-transformer decorator (`@Exclude`, `@Expose`,
`@Transform`: `ClassSerializerInterceptor` rewrites the body) says the wire may differ. A
class's methods with a declared return type are its serializers: what a call of them gives
(a NestJS controller returning `this.tasksService.list(id)`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from tree_sitter import Node

from impact.lang.treesitter import site, text
from impact.model import BodyDecl, FieldDecl, ModelDecl, ProducerDecl

OPEN = BodyDecl("open")
NONE = BodyDecl("none")
UNWRAPPED = {"Promise", "PromiseLike", "Observable", "Awaited"}
ARRAYS = {"Array", "ReadonlyArray"}
NO_OBJECT = {"void", "undefined", "string", "number", "boolean", "never", "null", "bigint"}
NOTHING = {"null", "undefined"}
REWRITING_DECORATORS = {"Exclude", "Expose", "Transform"}  # class-transformer
NOT_FIELDS = {"method_signature", "call_signature", "construct_signature", "index_signature"}


def models(root: Node) -> tuple[ModelDecl, ...]:
    """The module's top-level interfaces, object type aliases and classes."""
    found = []
    for declaration, decorators in top_level_declarations(root):
        model = _model(declaration, decorators)
        if model is not None:
            found.append(model)
    return tuple(found)


def type_body(node: Node | None, many: bool = False) -> BodyDecl:
    """The body a value of the type written at `node` is (a `type_annotation` or a type)."""
    if node is None:
        return OPEN
    if node.type == "type_annotation":
        return type_body(node.named_children[0] if node.named_child_count == 1 else None, many)
    if node.type in ("parenthesized_type", "readonly_type") and node.named_child_count == 1:
        return type_body(node.named_children[0], many)
    if node.type == "array_type":
        return OPEN if many else type_body(node.named_children[0], True)
    if node.type == "predefined_type":
        return NONE if text(node) in NO_OBJECT else OPEN
    if node.type == "union_type":
        members = [m for m in _union_members(node) if text(m) not in NOTHING]
        return type_body(members[0], many) if len(members) == 1 else OPEN
    if node.type in ("type_identifier", "nested_type_identifier"):
        return BodyDecl("type", ref=text(node), many=many)
    if node.type == "generic_type":
        name = text(node.child_by_field_name("name"))
        arguments = node.child_by_field_name("type_arguments")
        inner = [a for a in arguments.named_children if a.type != "comment"] if arguments else []
        if name in UNWRAPPED:
            return type_body(inner[0], many) if len(inner) == 1 else OPEN
        if name in ARRAYS:
            return OPEN if many or len(inner) != 1 else type_body(inner[0], True)
        arguments = tuple(text(a) for a in inner if a.type == "type_identifier")
        return BodyDecl("type", ref=name, many=many,
                        arguments=arguments if len(arguments) == len(inner) else ())
    return OPEN


def value_holds(annotation: Node | None) -> tuple[str, bool]:
    """(FieldDecl.holds, .holds_many) of a property of the type written at `annotation`."""
    body = type_body(annotation) if annotation is not None else OPEN
    return (body.ref, body.many) if body.kind == "type" else ("", False)


def type_parameters(declaration: Node) -> tuple[str, ...]:
    """The names of a declaration's type parameters (`interface Page<T>`)."""
    parameters = declaration.child_by_field_name("type_parameters")
    return tuple(text(p.child_by_field_name("name")) for p in
                 (parameters.named_children if parameters is not None else ())
                 if p.type == "type_parameter" and p.child_by_field_name("name") is not None)


def decorator_names(node: Node) -> list[str]:
    """The names of the decorators among a node's children (`@Get(':id')`: Get)."""
    return [decorator_name(c) for c in node.named_children if c.type == "decorator"]


def top_level_declarations(root: Node) -> Iterator[tuple[Node, list[Node]]]:
    """(declaration, the export statement around it, if any) of each top-level statement."""
    for statement in root.named_children:
        if statement.type == "export_statement":
            declaration = statement.child_by_field_name("declaration")
            if declaration is not None:
                yield declaration, [statement]
        else:
            yield statement, []


def _model(declaration: Node, outer: list[Node]) -> ModelDecl | None:
    name = declaration.child_by_field_name("name")
    if name is None:
        return None
    if declaration.type == "interface_declaration":
        bases = tuple(text(t.child_by_field_name("name") if t.type == "generic_type" else t)
                      for clause in declaration.named_children
                      if clause.type == "extends_type_clause" for t in clause.named_children)
        model = _object_type(text(name), declaration.child_by_field_name("body"), bases,
                             site(name))
    elif declaration.type == "type_alias_declaration":
        value = declaration.child_by_field_name("value")
        if value is None or value.type != "object_type":
            return None
        model = _object_type(text(name), value, (), site(name))
    elif declaration.type in ("class_declaration", "abstract_class_declaration"):
        model = _class(text(name), declaration, outer)
    else:
        return None
    parameters = type_parameters(declaration)
    return replace(model, parameters=parameters) if parameters else model


def _object_type(name: str, body: Node | None, bases: tuple[str, ...], where) -> ModelDecl:
    fields, is_open = [], body is None
    for member in body.named_children if body is not None else ():
        if member.type == "property_signature":
            field = _field(member.child_by_field_name("name"), member.child_by_field_name("type"))
            is_open = is_open or field is None
            fields += [field] if field is not None else []
        elif member.type in NOT_FIELDS:
            is_open = True
    return ModelDecl(name, bases, tuple(fields), (), "", is_open, where)


def _class(name: str, declaration: Node, outer: list[Node]) -> ModelDecl:
    body = declaration.child_by_field_name("body")
    decorators = decorator_names(declaration) + [n for o in outer for n in decorator_names(o)]
    is_open = body is None or bool(REWRITING_DECORATORS.intersection(decorators))
    fields, serializers = [], []
    members = body.named_children if body is not None else []
    for index, member in enumerate(members):
        # a member's decorators are its own children, or its siblings before it
        own = decorator_names(member) + _preceding_decorators(members[:index][::-1])
        is_open = is_open or bool(REWRITING_DECORATORS.intersection(own))
        if member.type == "public_field_definition" and not _is_static(member):
            field = _field(member.child_by_field_name("name"), member.child_by_field_name("type"))
            is_open = is_open or field is None
            fields += [field] if field is not None and not field.name.startswith("#") else []
        elif member.type == "index_signature":
            is_open = True
        elif member.type == "method_definition":
            method = text(member.child_by_field_name("name"))
            if method == "toJSON":
                is_open = True
            elif method == "constructor":
                fields += _parameter_properties(member)
            elif not _is_static(member) and not _is_accessor(member):
                returned = member.child_by_field_name("return_type")
                if returned is not None:
                    serializers.append(ProducerDecl(method, (type_body(returned),), site(member)))
    bases = tuple(text(c.child_by_field_name("value")) for h in declaration.named_children
                  if h.type == "class_heritage" for c in h.named_children
                  if c.type == "extends_clause" and c.child_by_field_name("value") is not None)
    return ModelDecl(name, bases, tuple(fields), tuple(serializers), "", is_open,
                     site(declaration.child_by_field_name("name")))


def _preceding_decorators(before: list[Node]) -> list[str]:
    """The names of the decorators right before a member (`before`: nearest first)."""
    names = []
    for node in before:
        if node.type != "decorator":
            break
        names.append(decorator_name(node))
    return names


def decorator_name(decorator: Node) -> str:
    called = decorator.named_children[0] if decorator.named_children else decorator
    if called.type == "call_expression":
        called = called.child_by_field_name("function")
    return text(called)


def _field(key: Node | None, annotation: Node | None = None) -> FieldDecl | None:
    if key is None:
        return None
    if key.type in ("property_identifier", "private_property_identifier"):
        name = text(key)
    elif key.type == "string" and all(c.type == "string_fragment" for c in key.named_children):
        name = "".join(text(c) for c in key.named_children)
    else:
        return None  # a computed key
    holds, many = value_holds(annotation)
    return FieldDecl(name, site(key), holds=holds, holds_many=many)


def _parameter_properties(constructor: Node) -> list[FieldDecl]:
    parameters = constructor.child_by_field_name("parameters")
    fields = []
    for parameter in parameters.named_children if parameters is not None else ():
        pattern = parameter.child_by_field_name("pattern")
        if pattern is not None and pattern.type == "identifier" and \
                any(c.type in ("accessibility_modifier", "readonly") for c in parameter.children):
            holds, many = value_holds(parameter.child_by_field_name("type"))
            fields.append(FieldDecl(text(pattern), site(pattern), holds=holds, holds_many=many))
    return fields


def _is_static(member: Node) -> bool:
    return any(c.type == "static" for c in member.children)


def _is_accessor(member: Node) -> bool:
    return any(c.type in ("get", "set") for c in member.children)


def _union_members(node: Node) -> Iterator[Node]:
    for child in node.named_children:
        if child.type == "union_type":
            yield from _union_members(child)
        else:
            yield child
