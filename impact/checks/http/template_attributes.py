"""The comparison behind IMP406 (impact.checks.http): the attributes head's templates read
from the values its views render them with, against the attributes the values' classes
define in each revision.

A read is followed from a value whose class is known (impact.http.renders) through the
template's loops and the class's relationships (`{% for c in chat.comments %}`: an element of
`Chat.comments`, a `Comment`); anything else ends it. It is reported when the class it reaches
defined the attribute in base (a column, a relationship, a method, a property: in its body or
a base class of this repository) and nothing may provide it in head (impact.checks.classes;
nor a relationship's `backref=` or `related_name=`, nor a base class the change gave it that
impact cannot see into). Jinja raises when such an attribute is called or read from (an
error); a plain read renders as empty, as every read does in a Django template (a warning).
The template must be the only one the name given the renderer may be (`chat/view.html`: a
file `.../templates/chat/view.html`). The templates it renders inside itself (`{% include %}`,
`{% extends %}`, and theirs, found by name the same way) read the values it passes them: its
renderer's, and a loop's variable or Django's `with c=comment` as what they stand for there.
A Jinja macro's reads of its parameters are reads of the arguments each call passes it (a
macro of the template itself, or of one it imports by name).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from impact.checks.classes import declared_at, provides
from impact.checks.http import TEMPLATE_ATTRIBUTE
from impact.checks.references import resolve_name
from impact.graph import SymbolGraph
from impact.http.renders import FLASK
from impact.http.template_reads import ELEMENT, parameter_value
from impact.model import (
    Definition,
    Finding,
    RenderDecl,
    TemplateMacroDecl,
    TemplateReadDecl,
    TemplateUseDecl,
)

TEMPLATES = "templates/"
MAX_NESTING = 8  # templates inside templates followed
KEPT_LISTS = ("all",)  # `chat.comments.all` (Django, a dynamic relationship): the same rows
Target = tuple[str, str]  # (module, class name)


@dataclass(frozen=True)
class _Value:
    """What a step of a read reaches: an instance of a class, a list of them (`many`), or
    either (None: a relationship, which the read's next step tells)."""

    target: Target
    many: bool | None


def check_change(base: SymbolGraph, head: SymbolGraph) -> list[Finding]:
    renders = [(path, render) for path, facts in sorted(head.facts.items())
               for render in facts.http.renders
               if not render.through or _wrapper_renders(head, path, render)]
    if not renders:
        return []
    templates = _templates(head)
    findings: dict[tuple, Finding] = {}
    for path, render in renders:
        template = templates.get(render.template, ())
        if len(template) != 1:
            continue
        reads = list(_rendered_reads(head, templates, template[0]))
        for value in render.values:
            target = _class(head, path, value.ref)
            if target is None or base.facts.get(target[0]) is None:  # read: see _class
                continue
            for file, read in reads:
                if read.name == value.name:
                    finding = _broken_read(base, head, file, path, render, read,
                                           _Value(target, value.many))
                    if finding is not None:
                        findings.setdefault((finding.file, finding.line, finding.column), finding)
    return list(findings.values())


def _wrapper_renders(graph: SymbolGraph, path: str, render: RenderDecl) -> bool:
    """Whether the function a view calls with a template's name (`render.through`) renders
    it: a RenderWrapperDecl where that name is defined (resolve_name: the module itself, or
    through its imports)."""
    found = resolve_name(graph, graph.facts[path], render.through)
    facts = graph.facts.get(found[0]) if found is not None else None
    return facts is not None and any(w.name == found[1] and w.template_at == render.template_at
                                     for w in facts.http.render_wrappers)


def _rendered_reads(graph: SymbolGraph, templates: dict[str, list[str]], path: str,
                    within: tuple[str, ...] = ()) -> Iterator[tuple[str, TemplateReadDecl]]:
    """(file, read) of what rendering the template `path` reads of its values: its own reads,
    and those of the templates it renders inside itself, as reads of its values."""
    http = graph.facts[path].http
    yield from ((path, read) for read in http.template_reads)
    if len(within) == MAX_NESTING:
        return
    for use in http.template_uses:
        found = templates.get(use.template, ()) if use.template else [path]  # "": a macro here
        if len(found) != 1 or found[0] in within or (found[0] == path and use.template):
            continue
        if use.macro:
            use = _macro_call(graph.facts[found[0]].http.template_macros, use)
        for file, read in _rendered_reads(graph, templates, found[0], (*within, path)):
            passed = _passed(use, read)
            if passed is not None:
                yield file, passed


def _macro_call(macros: tuple[TemplateMacroDecl, ...], use: TemplateUseDecl) -> TemplateUseDecl:
    """A call of a macro, its arguments named as the values its reads of them read from
    (none when the template defines no such macro)."""
    macro = next((m for m in macros if m.name == use.macro), None)
    bindings = []
    for binding in use.bindings if macro is not None else ():
        index = int(binding.name) if binding.name.isdigit() else None
        parameter = binding.name if index is None else \
            macro.parameters[index] if index < len(macro.parameters) else None
        if parameter in macro.parameters:
            bindings.append(replace(binding, name=parameter_value(macro.name, parameter)))
    return replace(use, bindings=tuple(bindings))


def _passed(use: TemplateUseDecl, read: TemplateReadDecl) -> TemplateReadDecl | None:
    """A read of a template rendered through `use`, as a read of the values of the template
    that renders it; None when what it reads from is none of them."""
    binding = next((b for b in use.bindings if b.name == read.name), None)
    if binding is not None:
        return replace(read, name=binding.value, steps=(*binding.steps, *read.steps))
    return None if use.only or read.name in use.hidden else read


def _templates(graph: SymbolGraph) -> dict[str, list[str]]:
    """The files with attribute reads by each name a renderer may find them by: the path
    after a `templates/` directory."""
    found: dict[str, list[str]] = {}
    for path, facts in graph.facts.items():
        if facts.http.template_reads or facts.http.template_uses:
            for name in _names(path):
                found.setdefault(name, []).append(path)
    return found


def _names(path: str) -> Iterator[str]:
    start = 0
    while (at := path.find(TEMPLATES, start)) != -1:
        if at == 0 or path[at - 1] == "/":
            yield path[at + len(TEMPLATES):]
        start = at + 1


def _class(graph: SymbolGraph, module: str, written: str) -> Target | None:
    """The class a name written in `module` is, if it is one; its module's facts are read
    through the graph's (what the HTTP rules read: a change to none of it changes nothing
    they find, impact.checks.context.Revision.http_reads)."""
    target = resolve_name(graph, graph.facts[module], written)
    if target is None or graph.facts.get(target[0]) is None:
        return None
    definition = graph.definition(*target)
    return target if definition is not None and definition.kind == "class" else None


def _broken_read(base: SymbolGraph, head: SymbolGraph, template: str, view: str,
                 render: RenderDecl, read: TemplateReadDecl, value: _Value) -> Finding | None:
    for step in read.steps[:-1]:
        value = _step(head, value, step)
        if value is None:
            return None
    attribute = read.steps[-1]
    if value.many or attribute.startswith("_") or attribute in KEPT_LISTS:
        return None
    module, name = value.target
    now, before = head.definition(module, name), base.definition(module, name)
    if before is None or before.kind != "class" or provides(head, module, now, attribute) or \
            _given_by_relation(head, value.target, attribute) or \
            _new_unseen_base(head, module, before, now):
        return None
    origin = declared_at(base, module, before, attribute, methods=True)
    if origin is None:
        return None
    fails = read.fails and render.framework == FLASK
    effect = "Jinja raises UndefinedError" if fails else "it renders as empty"
    finding = TEMPLATE_ATTRIBUTE.finding(
        template, read.site, attribute,
        f"`{_written(read)}`: class `{name}` ({module}) no longer defines `{attribute}` (defined "
        f"at {origin.file}:{origin.line} in base); {effect} when {view}:{render.site.line} "
        f"renders {_rendered(template, render)}", severity=None if fails else "warning")
    return replace(finding, origin=origin)


def _rendered(template: str, render: RenderDecl) -> str:
    """What the renderer renders, said from the template a read is in."""
    if render.template in _names(template):
        return "this template"
    return f"`{render.template}`, which renders this template inside it"


def _step(graph: SymbolGraph, value: _Value, step: str) -> _Value | None:
    """What one step of a read reaches from `value`, when impact can tell."""
    if step == ELEMENT:
        return None if value.many is False else _Value(value.target, False)
    if step in KEPT_LISTS:
        return None if value.many is False else _Value(value.target, True)
    if value.many:
        return None
    target = _related(graph, value.target, step)
    return _Value(target, None) if target is not None else None


def _related(graph: SymbolGraph, target: Target, attribute: str) -> Target | None:
    """The class a relationship of a class is to."""
    module, name = target
    relation = next((r for r in graph.facts[module].http.relations
                     if r.model == name and r.attribute == attribute), None)
    return _class(graph, module, relation.target) if relation is not None else None


def _new_unseen_base(graph: SymbolGraph, module: str, before: Definition, now: Definition | None
                     ) -> bool:
    """Whether head's class has a base base's had not that impact cannot see into (a mixin of
    a package): what the class stopped declaring may have moved there."""
    added = set(now.bases) - set(before.bases) if now is not None else set()
    for written in added:
        base = resolve_name(graph, graph.facts[module], written)
        if base is None or graph.definition(*base) is None:
            return True
    return False


def _given_by_relation(graph: SymbolGraph, target: Target, attribute: str) -> bool:
    """Whether a relationship of the class's module gives the class this attribute
    (`backref=`, `related_name=`)."""
    return any(r.reverse == attribute and r.target == target[1]
               for r in graph.facts[target[0]].http.relations)


def _written(read: TemplateReadDecl) -> str:
    """`chat.title`, `(an item of chat.comments).parent_comment_id`."""
    shown = read.name
    for step in read.steps:
        shown = f"(an item of {shown})" if step == ELEMENT else f"{shown}.{step}"
    return shown
