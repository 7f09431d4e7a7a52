"""Syntax errors in a JavaScript/TypeScript tree: grammar gaps told apart from broken code.

tree-sitter recovers from an error locally: an ERROR node covers what it could not read (a
MISSING node stands for a token it had to assume) and the rest of the tree is well formed.

- A grammar gap — valid code the pinned grammars cannot read: `export type * from`,
  variance annotations (`interface X<in out T>`), type arguments of a tagged template
  (``styled.div<{ a: T }>`...` ``), `f<typeof import('./m')>()` (its arguments with a
  trailing comma too), `&` in a JSX attribute string or in JSX text (`<h3>Size &
  Colour</h3>`), an escape a string may not hold in a tagged template
  (``String.raw`\\u00` ``: allowed since ES2018, its cooked value is undefined), and
  JavaScript's `using` declarations — is no problem at all. The queries
  read what it binds (`grammars/*.scm`). Two more, in code written without `;` (generic call
  signatures in a type; a member or statement named `in_...` or `instanceof_...`), can
  swallow the rest of the file: they are repaired and the file parsed again, as is
  `export import x = require('./m')` (its `export` blanked, the export read from the text).
- Any other error is a Problem (IMP301, which a diff reports only when the change brought
  it). While errors cover less than half of the file it is `recovered`: its facts come from
  the well-formed rest of the tree, what stands inside an error is left out, names written
  inside one are not judged anywhere in the file (the error may bind them), and an error in
  a statement that exports makes the export list incomplete. Past that, the file is
  unreadable and nothing in it is judged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tree_sitter import Node

from impact.lang.treesitter import ancestor, in_ranges, site, text
from impact.model import Problem

UNREADABLE_SHARE = 0.5  # errors covering more of the file than this: nothing in it is judged
WORD = re.compile(r"[A-Za-z_$][\w$]*")
EXPORTS = re.compile(r"\bexports?\b")


@dataclass(frozen=True)
class SyntaxErrors:
    """The errors of one tree that are not grammar gaps, and what they leave unsure."""

    problems: tuple[Problem, ...] = ()
    unreadable: bool = False  # errors cover most of the file
    regions: tuple[tuple[int, int], ...] = ()  # byte ranges of the errors, sorted, disjoint
    unsure_names: frozenset[str] = frozenset()  # words written inside an error
    may_hide_exports: bool = False  # an error stands in a statement that exports

    def covers(self, node: Node) -> bool:
        """Whether `node` starts inside an error (so nothing about it can be trusted)."""
        return in_ranges(node.start_byte, self.regions)


CLEAN = SyntaxErrors()


def read_errors(root: Node, source: bytes) -> SyntaxErrors:
    if not root.has_error:
        return CLEAN
    errors = _outermost_errors(root)
    gaps = [node for node in errors if is_grammar_gap(node, source)] if len(errors) <= MAX_GAPS \
        else []
    errors = [node for node in errors if node not in gaps]
    # what a grammar gap misreads as code (`b` in `<a href="?a=1&b=2">`) is no name either
    misread = frozenset(word for node in gaps for word in WORD.findall(
        text(node.parent if _in_jsx_attribute_string(node) else node)))
    if not errors:
        return SyntaxErrors(unsure_names=misread) if misread else CLEAN
    covered = sum(node.end_byte - node.start_byte for node in errors)
    unreadable = covered > UNREADABLE_SHARE * max(root.end_byte, 1)
    first = errors[0]
    what = f"syntax error: missing `{first.type}`" if first.is_missing else "syntax error"
    message = f"{what}; most of the file could not be parsed, so nothing in it is checked" \
        if unreadable else f"{what}; the rest of the file was analysed as far as it parses"
    return SyntaxErrors(
        problems=(Problem(message, site(first), recovered=not unreadable),),
        unreadable=unreadable,
        regions=tuple((n.start_byte, n.end_byte) for n in errors if n.end_byte > n.start_byte),
        unsure_names=misread | frozenset(word for n in errors for word in WORD.findall(text(n))),
        may_hide_exports=any(EXPORTS.search(text(_statement_of(n))) for n in errors),
    )


def _outermost_errors(root: Node) -> list[Node]:
    """ERROR and MISSING nodes not inside another ERROR, in the order of the file."""
    found, stack = [], [root]
    while stack:
        node = stack.pop()
        if node.is_error or node.is_missing:
            found.append(node)
            continue
        stack.extend(reversed([c for c in node.children if c.has_error or c.is_missing]))
    return found


def _statement_of(node: Node) -> Node:
    """The top-level statement `node` stands in (itself, when it is one)."""
    while node.parent is not None and node.parent.parent is not None:
        node = node.parent
    return node


# -- grammar gaps --------------------------------------------------------------------------
# tree-sitter recovers from the same gap in several ways (an ERROR here, a MISSING token
# there, the rest read as comparisons), so a gap is told by the text around the error node:
# what comes before it, what it holds, and what follows it.

CONTEXT = 200  # bytes read on either side of an error node; a longer one is no gap
MAX_GAPS = 100  # a file with more error nodes is broken, not a run of grammar gaps
TYPE_ARGUMENTS_REACH = 4000  # bytes of a tag's type arguments counted back through
TAG_END = re.compile(rb"[\w$)\]]\s*$")  # what a tag given type arguments ends with
TEMPLATE_START = re.compile(rb"\s*`")


@dataclass(frozen=True)
class GrammarGap:
    name: str
    ending: re.Pattern[bytes]  # matches the end of the text up to the end of the error
    inside: re.Pattern[bytes]  # matches the whole text of the error (empty for MISSING)
    after: re.Pattern[bytes]  # matches the start of the text after it


GAPS = (
    # export type * from './t'; export type * as NS from './t'
    GrammarGap("type-only star export", re.compile(rb"\bexport\s+type$"), re.compile(rb"type"),
               re.compile(rb"\s*\*")),
    # interface X<in out T>, type F<out T> = ..., class C<in T, const out U extends V>
    GrammarGap("variance annotation",
               re.compile(rb"[<,]\s*(const\s+)?((in|out)\s+)+[\w$]+$"),
               re.compile(rb"((in|out)\s+)*[\w$]+"), re.compile(rb"\s*[>,=]|\s+extends\b")),
    # styled.div<{ a: T }>`...`, css<Props & { b: number }>`...`: type arguments of a tag
    GrammarGap("type arguments of a tagged template", re.compile(rb"[\w$)\]]\s*<[^`]*>\s*$"),
               re.compile(rb"([\w$.]+(\([^`]*\))?\s*<[^`]*>)?"), re.compile(rb"\s*`")),
    # f<typeof import('./m')>()
    GrammarGap("typeof import() as a type argument",
               re.compile(rb"<\s*typeof\s+import\s*\(\s*(['\"`])[^'\"`\n]*\1\s*\)\s*>?\s*"
                          rb"(>\s*)?\([^()]*\)\s*;?$"),
               re.compile(rb"(>\s*)?\([^()]*\)\s*;?"), re.compile(rb"")),
    # vi.importActual<typeof import('./m')>(\n  './m',\n): read as `f < typeof import() > (...)`,
    # a parenthesised expression, where the arguments' trailing comma is the only error
    GrammarGap("typeof import() as a type argument, arguments with a trailing comma",
               re.compile(rb"<\s*typeof\s+import\s*\(\s*(['\"`])[^'\"`\n]*\1\s*\)\s*>\s*"
                          rb"\([^()]*,$"),
               re.compile(rb","), re.compile(rb"\s*\)")),
    # JavaScript: using x = f(); await using x = f()
    GrammarGap("using declaration", re.compile(rb"(^|[;{}\s])(await\s+)?using$"),
               re.compile(rb"using"), re.compile(rb"\s+[\w$]+\s*=[^=]")),
    GrammarGap("using declaration", re.compile(rb"(^|[;{}\s])(await\s+)?using\s+[\w$]+$"),
               re.compile(rb"[\w$]+"), re.compile(rb"\s*=[^=]")),
)


def is_grammar_gap(node: Node, source: bytes) -> bool:
    """Whether an ERROR or MISSING node stands for valid code the grammar cannot read."""
    if node.end_byte - node.start_byte > CONTEXT:
        return False
    if _in_jsx_attribute_string(node) or _bare_ampersand_in_jsx_text(node) or \
            _escape_in_tagged_template(node) or _after_long_tag_type_arguments(node, source):
        return True
    ending = source[max(0, node.start_byte - CONTEXT):node.end_byte]
    inside = source[node.start_byte:node.end_byte]
    after = source[node.end_byte:node.end_byte + CONTEXT]
    return any(gap.inside.fullmatch(inside) and gap.ending.search(ending) and
               gap.after.match(after) for gap in GAPS)


def _in_jsx_attribute_string(node: Node) -> bool:
    """`<a href="?a=1&b=2">`: JSX attribute strings hold any text, but the grammars read `&`
    as the start of an HTML character reference."""
    parent = node.parent
    return parent is not None and parent.type == "string" and parent.parent is not None and \
        parent.parent.type == "jsx_attribute"


def _bare_ampersand_in_jsx_text(node: Node) -> bool:
    """`<h3>Dimensions & Styling</h3>`: JSX text may hold a `&` that starts no character
    reference, but the grammars read one as the start of a reference."""
    parent = node.parent
    return node.is_error and parent is not None and parent.type in ("jsx_element", "jsx_fragment") \
        and text(node).startswith("&")


def _escape_in_tagged_template(node: Node) -> bool:
    """``String.raw`Acme\\u00 Corp` ``: a tagged template may hold an escape sequence a
    string may not (`\\u00`, `\\x`, `\\u{FFFFFFF}`), but the grammars read one as an error;
    in a template without a tag it is one."""
    parent = node.parent
    return node.is_error and parent is not None and parent.type == "template_string" and \
        parent.parent is not None and parent.parent.type == "call_expression" and \
        parent.parent.child_by_field_name("arguments") == parent and text(node).startswith("\\")


def _after_long_tag_type_arguments(node: Node, source: bytes) -> bool:
    """The MISSING node before the template of a tag whose type arguments are longer than
    CONTEXT (``this.sql<{\n  id: string;\n  ...twenty fields...\n}>`SELECT ...` ``): the
    `<` that opens the arguments, found by counting angle brackets back from the `>` before
    the template (never through a backtick, nor farther than TYPE_ARGUMENTS_REACH), follows a
    tag."""
    if not node.is_missing or not TEMPLATE_START.match(source, node.end_byte):
        return False
    written = source[max(0, node.start_byte - TYPE_ARGUMENTS_REACH):node.start_byte].rstrip()
    if not written.endswith(b">"):
        return False
    depth = 0
    for offset in range(len(written) - 1, -1, -1):
        character = written[offset:offset + 1]
        if character == b"`":
            return False
        if character == b">" and written[offset - 1:offset] != b"=":
            depth += 1
        elif character == b"<":
            depth -= 1
            if depth == 0:
                return bool(TAG_END.search(written[:offset]))
    return False


def type_only_star_export(node: Node) -> bool:
    """The ERROR `type` of `export type * from './t'` (the grammar reads the rest)."""
    following = node.next_sibling
    return node.is_error and node.parent is not None and \
        node.parent.type == "export_statement" and text(node) == "type" and \
        following is not None and following.type in ("*", "namespace_export")


# -- gaps repaired before parsing again ------------------------------------------------------
# Two gaps of the grammars' automatic semicolons, in code written without semicolons, can
# swallow the rest of the file. Writing a `;` in place of the last space of the indentation
# of the line that starts the next member or statement changes no offset and no line.
# - tree-sitter-typescript cannot read a generic call signature on its own line after a
#   member (`interface Get { <K>(key: K): V\n  <K>(key: K, d: V): V }`); in TSX such a line
#   is JSX.
# - The scanner of both grammars takes a line that starts with `in` or `instanceof` followed
#   by `_`, `$`, a digit or `:` for the operator continuing the line before, so a member or
#   statement named `in_progress`, `in2` or `instanceof_check` (`status: string\n
#   in_progress: number`, a class field) cannot follow one that has no `;`.
# - tree-sitter-typescript reads `await f<typeof import('m')>()` only when a `;` ends it
#   (vitest's `await importOriginal<typeof import('fs')>()`): the next line, when it starts
#   a statement (a word), gets one.

SIGNATURE_LINE = re.compile(rb"^([ \t]+)<", re.MULTILINE)
IN_WORD_LINE = re.compile(rb"^([ \t]+)(?:in|instanceof)(?:[_$0-9]|\??:)", re.MULTILINE)
AFTER_TYPEOF_IMPORT_CALL = re.compile(
    rb"<\s*typeof\s+import\s*\([^()\n]*\)\s*>\s*\([^()\n]*\)[ \t]*\n([ \t]+)[\w$]")
CONTINUES = (b";", b",", b"{", b"(", b"[", b"|", b"&", b"=", b"=>", b":", b"?", b"+", b"-",
             b"*", b"/", b"!", b"<", b".")  # the line before goes on: not the end of a member
# a line ending with one of these words goes on too (`for (const x of\n  in_list)`)
CONTINUING_WORD = re.compile(rb"(?<![\w$.])(?:of|in|instanceof|typeof|keyof|new|await|yield|"
                             rb"extends|implements|as|satisfies|is|return|throw|case|delete|"
                             rb"void|else|do)$")
BLOCK_COMMENT = re.compile(rb"/\*.*?\*/\s*$", re.DOTALL)


def separate_members(source: bytes, grammar: str) -> bytes:
    """`source` with a `;` before each line that starts a member or statement the grammar
    would take for the continuation of the line before, when that line ends one: a line that
    starts with `<` (TypeScript only) or with a word `in_...`/`instanceof_...`, or a word
    after a call with a `typeof import()` type argument (TypeScript only)."""
    repaired = bytearray(source)
    starts = [*IN_WORD_LINE.finditer(source)]
    if grammar == "typescript":
        starts += SIGNATURE_LINE.finditer(source)
        for call in AFTER_TYPEOF_IMPORT_CALL.finditer(source):
            repaired[call.end(1) - 1] = ord(";")
    for line in starts:
        before = source[max(0, line.start() - CONTEXT):line.start()].rstrip()
        while before.endswith(b"*/"):  # a doc comment of the signature
            comment = BLOCK_COMMENT.search(before)
            if comment is None:
                break
            before = before[:comment.start()].rstrip()
        if before and not before.endswith(CONTINUES) and not CONTINUING_WORD.search(before):
            repaired[line.end(1) - 1] = ord(";")
    return bytes(repaired)


# - tree-sitter-typescript does not read variance annotations on type parameters (TypeScript
#   4.7: `interface CellContext<in out TData extends RowData>`); blanking `in`/`out` before a
#   type parameter changes no offset and leaves what impact reads of the declaration.

VARIANCE_ANNOTATION = re.compile(
    rb"(?<=[<,])(\s*)((?:in\s+out|in|out)\s+)(?=[A-Za-z_$][\w$]*\s*(?:extends\b|=|,|>))")


def blank_variance_annotations(source: bytes) -> bytes:
    """`source` with the variance annotations of type parameters blanked."""
    return VARIANCE_ANNOTATION.sub(lambda m: m.group(1) + b" " * len(m.group(2)), source)


# - tree-sitter-typescript reads the import type `import('x').Y` but not `import('x').Y[]`,
#   `import('x').Y<Z>` (docusaurus' `import('react').ComponentProps<HeadingTag>`) nor
#   `import('x').Y['key']` (ever-gauzy's `import('../stores/s').State['planComparison']`):
#   blanking the array brackets, indexed accesses by a literal key and type arguments after it
#   changes no offset and keeps the import and member.
#   Nor does it read a call's type arguments that begin with an import type (openai-agents-js'
#   `expectTypeOf(x).toMatchTypeOf<import('@openai/agents-core/sandbox').SandboxSession>()`: it
#   takes `f < import(...)` for a comparison): those are blanked whole (no binding is lost; the
#   import type's module is no longer read there).
# - Nor does it read type arguments that begin with a generic function type (dspace-angular's
#   `new InjectionToken<<T>(source: Observable<T>) => Observable<T>>('debounceTime', {...})`):
#   it takes the `<<` for a shift and `T` for a value, often without a syntax error. tsc reads
#   them as type arguments (a shift can have no arrow function for its right operand), so they
#   are blanked in every TypeScript file, whether or not it parses.

IMPORT_TYPE_MEMBER = re.compile(
    rb"\bimport\s*\(\s*(['\"])[^'\"\n]*\1\s*\)(?:\s*\.\s*[A-Za-z_$][\w$]*)+")
# `[]`, and an indexed access by a literal key or `number` (`import('./s').State['plan']`)
ARRAY_BRACKETS = re.compile(rb"\s*\[\s*(?:'[^'\n]*'|\"[^\"\n]*\"|\d+|number)?\s*\]")
# the `<` of type arguments (after a callee's name or closing bracket) whose first is an import type
IMPORT_TYPE_FIRST_ARGUMENT = re.compile(rb"(?<=[\w$)\]])\s*<(?=\s*import\s*\(\s*['\"])")
# ... or a generic function type (`<T>(` or `<T extends U>(`)
FUNCTION_TYPE_FIRST_ARGUMENT = re.compile(rb"(?<=[\w$)\]])\s*<(?=\s*<[^<>()]*>\s*\()")
CALL_OPENING = re.compile(rb"\s*\(")


def blank_import_type_suffixes(source: bytes) -> bytes:
    """`source` with the type arguments and array brackets after each import type blanked,
    and the type arguments of a call that begin with one."""
    repaired = bytearray(source)
    for member in IMPORT_TYPE_MEMBER.finditer(source):
        end = _blank_type_arguments(repaired, source, member.end())
        while (brackets := ARRAY_BRACKETS.match(source, end)) is not None:
            end = brackets.end()
            repaired[brackets.start():end] = _blanked(source[brackets.start():end])
    for opening in IMPORT_TYPE_FIRST_ARGUMENT.finditer(source):
        end = _type_arguments_end(source, opening.end() - 1)
        if end is not None and CALL_OPENING.match(source, end):
            repaired[opening.end() - 1:end] = _blanked(source[opening.end() - 1:end])
    return bytes(repaired)


def blank_function_type_arguments(source: bytes) -> bytes:
    """`source` with the type arguments of each call or `new` that begin with a generic
    function type (an arrow follows its parameters) blanked."""
    if b"<" not in source:
        return source
    repaired = bytearray(source)
    for opening in FUNCTION_TYPE_FIRST_ARGUMENT.finditer(source):
        start = opening.end() - 1
        end = _type_arguments_end(source, start)
        if end is not None and b"=>" in source[start:end] and CALL_OPENING.match(source, end):
            repaired[start:end] = _blanked(source[start:end])
    return bytes(repaired)


def _blank_type_arguments(repaired: bytearray, source: bytes, start: int) -> int:
    """Blank the type arguments (`<...>`, nested ones too) that open at `start` after
    whitespace, if any; where what follows them starts."""
    opening = start + len(source[start:]) - len(source[start:].lstrip())
    end = _type_arguments_end(source, opening)
    if end is None:
        return start
    repaired[opening:end] = _blanked(source[opening:end])
    return end


def _type_arguments_end(source: bytes, opening: int) -> int | None:
    """Where the type arguments (`<...>`, nested ones too) that open at `opening` end, if a
    `<` opens there and its `>` comes before a `;` or a template."""
    if source[opening:opening + 1] != b"<":
        return None
    depth = 0
    for offset in range(opening, min(len(source), opening + TYPE_ARGUMENTS_REACH)):
        character = source[offset:offset + 1]
        if character == b"<":
            depth += 1
        elif character == b">" and source[offset - 1:offset] != b"=":
            depth -= 1
            if depth == 0:
                return offset + 1
        elif character in (b";", b"`"):
            break
    return None


def _blanked(written: bytes) -> bytes:
    """Spaces for `written`, its line breaks kept."""
    return bytes(c if c in b"\r\n" else 32 for c in written)


# - tree-sitter-typescript does not read `export import x = require('./m')` (it reads
#   `import x = require('./m')` and `export import x = N.y`): blanking the `export` leaves the
#   import it also is; impact.lang.javascript reads the export from the text as written. So
#   is `export import type x = require('./m')` (a type-only import and export).

EXPORTED_IMPORT_REQUIRE = re.compile(
    rb"\bexport(?=\s+import\s+(?:type\s+)?[A-Za-z_$][\w$]*\s*=\s*require\s*\()")


def blank_exported_import_requires(source: bytes) -> bytes:
    """`source` with the `export` of each `export import [type] x = require(...)` blanked."""
    return EXPORTED_IMPORT_REQUIRE.sub(b"      ", source)


def exported_import_require(written: bytes, statement_start: int) -> bool:
    """Whether the import statement at `statement_start` was written `export import x =
    require(...)` (its `export` blanked before parsing)."""
    before = written[max(0, statement_start - CONTEXT):statement_start]
    return any(m.end() == len(before) for m in re.finditer(rb"\bexport\s+", before))


# - A JavaScript file with Flow type annotations is read by the TSX grammar (impact.lang.
#   javascript), whose syntax is Flow's but for a few forms: the maybe type `?T` (an
#   annotation `x: ?string`, `?() => void`) and exact object types `{| a: T |}`. Blanking
#   the `?` and the bars changes no offset and leaves a type TypeScript reads.

FLOW_MAYBE_TYPE = re.compile(rb"(?<=:)(\s*)\?(?=\s*[A-Za-z_$({\[])")
FLOW_EXACT_OBJECT = re.compile(rb"\{\||\|\}")


def blank_flow_syntax(source: bytes) -> bytes:
    """`source` with Flow's maybe types and exact object braces read as TypeScript's."""
    source = FLOW_MAYBE_TYPE.sub(lambda m: m.group(1) + b" ", source)
    return FLOW_EXACT_OBJECT.sub(lambda m: m.group(0).replace(b"|", b" "), source)


# - Both grammars read a `&` in a JSX attribute string as the start of an HTML character
#   reference (`href="/s?a=1&b=2"`), and recover from one that is not in ways that vary with
#   the text around it (a long URL with a `#` takes the next attribute with it). Writing `+`
#   for each such `&` in the quoted values of a tag with an error changes no offset either.

ATTRIBUTE_VALUE = re.compile(rb"""=\s*("[^"]*"|'[^']*')""")
CHARACTER_REFERENCE = re.compile(rb"&(#([xX][0-9a-fA-F]{1,6}|[0-9]{1,5})|[A-Za-z]{1,30});")
JSX_TAGS = ("jsx_opening_element", "jsx_self_closing_element")


def escape_attribute_ampersands(source: bytes, root: Node) -> bytes:
    """`source` with `+` for each `&` that starts no character reference in the quoted
    attribute values of each JSX tag an error stands in."""
    repaired = bytearray(source)
    for tag in {(t.start_byte, t.end_byte) for n in _outermost_errors(root)
                if (t := ancestor(n, JSX_TAGS)) is not None}:
        for value in ATTRIBUTE_VALUE.finditer(source, *tag):
            for offset in range(value.start(1), value.end(1)):
                if source[offset] == ord("&") and not CHARACTER_REFERENCE.match(source, offset):
                    repaired[offset] = ord("+")
    return bytes(repaired)


def error_bytes(root: Node) -> int:
    """How much of a tree its outermost errors cover (MISSING tokens count one byte)."""
    return sum(max(n.end_byte - n.start_byte, 1) for n in _outermost_errors(root))
