"""Web components (Lit and plain custom elements): a class registered as a custom element
(`@customElement('crossing-card')` on it, or `customElements.define('crossing-card', Cls)`) is
the component of that tag wherever a template writes it, whichever module does: the browser's
registry is global. A template (`html` tagged template) hands a value to its element's
property with `.crossing=${value}`: the element reads it as `this.crossing`. Lit's `repeat(items,
keyFn, template)` directive renders `template(item)` for each item.
"""

from __future__ import annotations

import re

from tree_sitter import Node

from impact.http.js_literals import string_value
from impact.http.tags import is_tag
from impact.lang.treesitter import per_module, text

TEMPLATE_TAGS = ("html", "svg")  # lit's, lit-html's
REPEAT = "repeat"  # lit/directives/repeat.js
DEFINE = "customElements.define"
DECORATOR = "customElement"
# the last element opened in the text before a value, and the property it sets there
PROPERTY_BINDING = re.compile(r"<([a-z][a-z0-9]*-[a-z0-9-]*)(?:\s[^<>]*)?\s\.([A-Za-z_$][\w$]*)\s*=\s*$")
CLASSES = ("class_declaration", "class")


def may_declare(source: bytes) -> bool:
    return DECORATOR.encode() in source or DEFINE.encode() in source


def custom_elements(root: Node) -> list[tuple[str, Node]]:
    """(tag, class) of the module's top-level classes registered as custom elements."""
    classes: dict[str, Node] = {}
    found = []
    for statement in root.named_children:
        declared = statement.child_by_field_name("declaration") \
            if statement.type == "export_statement" else statement
        if declared is None or declared.type != "class_declaration":
            if statement.type == "expression_statement":
                found += _defined(statement, classes)
            continue
        name = declared.child_by_field_name("name")
        classes[text(name)] = declared
        decorators = [c for c in (*statement.children, *declared.children) if c.type == "decorator"]
        for decorator in decorators:
            tag = _decorator_tag(decorator)
            if tag is not None:
                found.append((tag, declared))
    return found


def _decorator_tag(decorator: Node) -> str | None:
    call = decorator.named_children[0] if decorator.named_children else None
    if call is None or call.type != "call_expression" or \
            text(call.child_by_field_name("function")) != DECORATOR:
        return None
    return _first_string(call)


def _defined(statement: Node, classes: dict[str, Node]) -> list[tuple[str, Node]]:
    """`customElements.define('crossing-card', CrossingCard)`."""
    call = statement.named_children[0] if statement.named_children else None
    if call is None or call.type != "call_expression" or \
            text(call.child_by_field_name("function")) != DEFINE:
        return []
    arguments = [a for a in call.child_by_field_name("arguments").named_children if a.type != "comment"]
    tag = _first_string(call)
    cls = classes.get(text(arguments[1])) if len(arguments) > 1 else None
    return [(tag, cls)] if tag is not None and cls is not None else []


def _first_string(call: Node) -> str | None:
    arguments = call.child_by_field_name("arguments")
    first = arguments.named_children[0] if arguments is not None and arguments.named_children else None
    if first is None or first.type != "string" or len(first.named_children) != 1:
        return None
    tag = text(first.named_children[0])
    return tag if is_tag(tag) else None


def property_binding(substitution: Node) -> tuple[str, str] | None:
    """(tag, property) when a template's `${...}` is the value of `.property=` on an element
    of a custom element's tag (`<crossing-card .crossing=${c}>`)."""
    template = substitution.parent
    call = template.parent if template is not None and template.type == "template_string" else None
    if call is None or call.type != "call_expression" or \
            text(call.child_by_field_name("function")) not in TEMPLATE_TAGS:
        return None
    before = []
    for child in template.children:
        if child.start_byte >= substitution.start_byte:
            break
        before.append("0" if child.type == "template_substitution" else text(child))
    matched = PROPERTY_BINDING.search("".join(before).lstrip("`"))
    return (matched.group(1), matched.group(2)) if matched else None


def repeats(arguments: Node, node: Node) -> bool:
    """Whether `node` is the list of lit's `repeat(items, [keyFn,] template)` directive."""
    call = arguments.parent
    given = [a for a in arguments.named_children if a.type != "comment"]
    return call is not None and call.type == "call_expression" and \
        text(call.child_by_field_name("function")) == REPEAT and 2 <= len(given) <= 3 and \
        given[0] == node and given[-1].type in ("arrow_function", "function_expression")


def repeat_template(arguments: Node) -> Node:
    """The template function of a `repeat(...)` call `repeats` said yes to: each item is its
    first parameter."""
    return [a for a in arguments.named_children if a.type != "comment"][-1]


def this_members(cls: Node, name: str | None = None) -> tuple[Node, ...]:
    """The `this.x` member expressions (and `this['x']` subscripts) in a class's methods, or a
    method's body (those of `name` only, when given) that read the field rather than assign it; an arrow function keeps its
    `this`, a nested function or class has its own."""
    if cls not in _THIS_READS:  # asked again for each field a tracked value is stored in
        _THIS_READS[cls] = _this_reads(cls)
    every, by_name = _THIS_READS[cls]
    return every if name is None else by_name.get(name, ())


_THIS_READS: dict[Node, tuple[tuple[Node, ...], dict[str, tuple[Node, ...]]]] = per_module({})


def _this_reads(cls: Node) -> tuple[tuple[Node, ...], dict[str, tuple[Node, ...]]]:
    """this_members of a class: all, and by name; one walk of the class."""
    body = cls.child_by_field_name("body")
    stack = list(body.named_children) if body is not None else []
    found = []
    while stack:
        node = stack.pop()
        if node.type in ("function_expression", "function_declaration", *CLASSES):
            continue
        if node.type in ("member_expression", "subscript_expression") and \
                node.child_by_field_name("object").type == "this" and member_name(node):
            parent = node.parent
            assigned = parent is not None and parent.type == "assignment_expression" and \
                parent.child_by_field_name("left") == node
            if not assigned:
                found.append(node)
            continue
        stack.extend(node.named_children)
    by_name: dict[str, list[Node]] = {}
    for node in found:
        by_name.setdefault(member_name(node), []).append(node)
    return tuple(found), {name: tuple(nodes) for name, nodes in by_name.items()}


def member_name(member: Node) -> str:
    """The name `this.x` reads, or `this['ns/x']` (a string index: the name of a computed
    property Vuex's `mapGetters(['ns/x'])` maps); "" for another index."""
    if member.type == "member_expression":
        return text(member.child_by_field_name("property"))
    index = member.child_by_field_name("index")
    return (string_value(index) or "") if index is not None and index.type == "string" else ""
