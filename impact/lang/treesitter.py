"""Tree-sitter languages, parsers and the query files of `grammars/`."""

from __future__ import annotations

import bisect
import itertools
import re
import signal
import threading
import time
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from functools import cache, wraps
from operator import attrgetter
from pathlib import Path

import tree_sitter
import tree_sitter_javascript
import tree_sitter_python
import tree_sitter_typescript

from impact.model import Problem, Site

_PACKAGE_DIR = Path(__file__).resolve().parent.parent
# Inside a wheel the queries ship as impact/grammars; in a source checkout they are in grammars/.
_GRAMMAR_DIRS = (_PACKAGE_DIR / "grammars", _PACKAGE_DIR.parent / "grammars")

READ_CHUNK = 1 << 16
LANGUAGES = {
    "python": tree_sitter.Language(tree_sitter_python.language()),
    "javascript": tree_sitter.Language(tree_sitter_javascript.language()),
    "typescript": tree_sitter.Language(tree_sitter_typescript.language_typescript()),
    "tsx": tree_sitter.Language(tree_sitter_typescript.language_tsx()),
}


def query_text(name: str) -> str:
    for directory in _GRAMMAR_DIRS:
        path = directory / f"{name}.scm"
        if path.is_file():
            return path.read_text(encoding="utf-8")
    raise FileNotFoundError(f"query file {name}.scm not found in {_GRAMMAR_DIRS}")


CAPTURE = re.compile(r"@([A-Za-z_])")  # a capture name (query sources have no "@" in strings)
# A query file whose first line says so is walked only over a source that holds one of the
# words it lists: its patterns match rare constructs whose text holds such a word, and every
# pattern of a query costs on every node of every tree it walks.
GATE = "; only where the source holds:"


@cache
def gate_words(name: str) -> tuple[bytes, ...] | None:
    """The words of a gated query file (None when it is walked over every source)."""
    first = query_text(name).partition("\n")[0]
    if not first.startswith(GATE):
        return None
    return tuple(word.encode() for word in first[len(GATE):].split())


def query_files_for(source: bytes, files: tuple[str, ...]) -> tuple[str, ...]:
    """Those of `files` to walk over `source`."""
    return tuple(f for f in files
                 if (words := gate_words(f)) is None or any(w in source for w in words))


@cache
def query(grammar: str, *files: str, also: tuple[tuple[str, str], ...] = ()) -> tree_sitter.Query:
    """The query of `files`, and of each (prefix, query source) of `also` with its capture
    names prefixed: one walk of a tree takes the captures of all (each walk costs about as
    much as a fifth of the parse)."""
    sources = [query_text(f) for f in files]
    sources += [CAPTURE.sub(lambda m, p=prefix: f"@{p}{m.group(1)}", source)
                for prefix, source in also]
    return tree_sitter.Query(LANGUAGES[grammar], "\n".join(sources))


@cache
def parser(grammar: str) -> tree_sitter.Parser:
    return tree_sitter.Parser(LANGUAGES[grammar])


class TimeBudgetExceeded(Exception):
    """Reading one file used more CPU time than its time budget."""


# The budget counts the CPU time this thread uses (time.thread_time), not the time on the
# clock: a busy machine that gives impact less of the CPU cuts no more files than a quiet
# one, so a commit gives the same findings wherever it runs; time spent waiting counts not.
_parsing = threading.local()  # tree-sitter is stopped by its own callback, never by a signal
RECHECK = 0.05  # CPU seconds: a timer that rings during a parse rings again this much later


@contextmanager
def interrupt_after(seconds: float | None) -> Iterator[None]:
    """TimeBudgetExceeded in the Python code once the block has used `seconds` of CPU time.

    Uses a SIGPROF timer (ITIMER_PROF, which counts CPU time), so only in the main thread
    and only when no one else uses that signal (a profiler, say): then the block runs
    unbounded, and `parse` still bounds the parse itself."""
    free = seconds is not None and hasattr(signal, "setitimer") and \
        threading.current_thread() is threading.main_thread() and \
        signal.getsignal(signal.SIGPROF) in (signal.SIG_DFL, None)
    if not free:
        yield
        return
    started = time.thread_time()

    def ring(_signum, _frame) -> None:
        # ITIMER_PROF counts the whole process: rings early if other threads used the CPU
        left = seconds - (time.thread_time() - started)
        if getattr(_parsing, "active", False) or left > 0:
            signal.setitimer(signal.ITIMER_PROF, max(left, RECHECK))
        else:
            raise TimeBudgetExceeded(f"{seconds:g} s of CPU time")

    previous = signal.signal(signal.SIGPROF, ring)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def parse(grammar: str, source: bytes, seconds: float | None = None) -> tree_sitter.Tree:
    """The syntax tree of `source`, or TimeBudgetExceeded after `seconds` of CPU time (None:
    no limit).

    py-tree-sitter calls a progress callback only while it reads the source through a read
    callback, and a tree read that way calls back into Python for every node text; so the
    tree is parsed once more from the bytes with the first as old tree (no edits: instant)."""
    if seconds is None:
        return parser(grammar).parse(source)
    _parsing.active = True
    try:
        return _parse_within(grammar, source, seconds)
    finally:
        _parsing.active = False


CLOCK_EVERY = 16  # progress calls between two readings of the CPU clock (a system call)


def _parse_within(grammar: str, source: bytes, seconds: float) -> tree_sitter.Tree:
    deadline = time.thread_time() + seconds
    calls = itertools.count()

    def out_of_time(*_progress) -> bool:
        # tree-sitter calls back every few hundred operations; reading the thread's CPU clock
        # each time cost about 15 % of a cold extraction
        return next(calls) % CLOCK_EVERY == 0 and time.thread_time() > deadline

    try:
        first = parser(grammar).parse(lambda offset, _point: source[offset:offset + READ_CHUNK],
                                      progress_callback=out_of_time)
    except ValueError:  # "Parsing failed": the progress callback stopped it
        parser(grammar).reset()  # or the next parse would resume this one
        if time.thread_time() > deadline:
            raise TimeBudgetExceeded(f"{seconds:g} s of CPU time") from None
        raise
    return parser(grammar).parse(source, old_tree=first)


def captures(grammar: str, files: tuple[str, ...], root: tree_sitter.Node,
             also: tuple[tuple[str, str], ...] = (), source: bytes | None = None) -> dict:
    """capture name -> its nodes in document order (an enclosing node first). tree-sitter
    lists the nodes that different patterns capture in an order that varies from run to run,
    and facts must be a function of the bytes alone. `also`: see `query`; `source`: the
    bytes of the tree, when gated query files (GATE) may be left out."""
    if source is not None:
        files = query_files_for(source, files)
    found = tree_sitter.QueryCursor(query(grammar, *files, also=also)).captures(root)
    return in_document_order(found)


def in_ranges(position: int, ranges: list[tuple[int, int]] | tuple[tuple[int, int], ...]) -> bool:
    """Whether `position` falls in one of the sorted, non-nested byte `ranges` (start, end)."""
    index = bisect.bisect_right(ranges, (position, float("inf"))) - 1
    return index >= 0 and ranges[index][0] <= position < ranges[index][1]


def split_captures(found: dict, prefix: str) -> tuple[dict, dict]:
    """(the captures whose names do not start with `prefix`, those that do, prefix removed)."""
    own, prefixed = {}, {}
    for name, nodes in found.items():
        if name.startswith(prefix):
            prefixed[name[len(prefix):]] = nodes
        else:
            own[name] = nodes
    return own, prefixed


def in_document_order(found: dict[str, list[tree_sitter.Node]]) -> dict:
    """The captures of a query cursor, each capture's nodes in document order."""
    return {name: _in_document_order(nodes) for name, nodes in found.items()}


_START, _END = attrgetter("start_byte"), attrgetter("end_byte")


def _in_document_order(nodes: list[tree_sitter.Node]) -> list[tree_sitter.Node]:
    """Sorted by start, the longer first: two stable sorts with C-level keys, the same order
    as one sort by (start_byte, -end_byte) at a third of its cost."""
    nodes.sort(key=_END, reverse=True)  # reverse=True keeps equal nodes in their order
    nodes.sort(key=_START)
    return nodes


def site(node: tree_sitter.Node) -> Site:
    row, column = node.start_point
    return Site(row + 1, column + 1)


def ancestor(node: tree_sitter.Node, types: Collection[str]) -> tree_sitter.Node | None:
    """The nearest node above `node` (not itself) of one of these types, if any."""
    current = node.parent
    while current is not None and current.type not in types:
        current = current.parent
    return current


def descendants(node: tree_sitter.Node | None, stop_at: Collection[str] = ()) -> Iterator[tree_sitter.Node]:
    """The nodes below `node` (itself not), depth first, in document order; the nodes below a
    node of a type in `stop_at` are left out (that node is not)."""
    stack = list(reversed(node.named_children)) if node is not None else []
    while stack:
        current = stack.pop()
        yield current
        if current.type not in stop_at:
            stack.extend(reversed(current.named_children))


def text(node: tree_sitter.Node) -> str:
    return node.text.decode("utf-8", "replace")


def called_function(call: tree_sitter.Node) -> tree_sitter.Node | None:
    """The function a JavaScript/TypeScript call (or `new`) calls. tree-sitter-typescript
    reads an awaited call with type arguments, `await api.get<T>(url)`, as a call of `await
    api.get` (tree-sitter-typescript#282): the callee is then the operand of that `await`."""
    function = call.child_by_field_name("function")
    if function is None:
        return call.child_by_field_name("constructor")
    return function.named_children[-1] if _awaits_in(call, function) else function


def awaited_in_callee(call: tree_sitter.Node) -> bool:
    """Whether a call is one tree-sitter-typescript reads with its `await` inside, as the
    function it calls (`await f<T>(x)`): the call's value is then awaited."""
    function = call.child_by_field_name("function")
    return function is not None and _awaits_in(call, function)


def _awaits_in(call: tree_sitter.Node, function: tree_sitter.Node) -> bool:
    """awaited_in_callee, for the `function` of the call."""
    return function.type == "await_expression" and function.named_child_count > 0 and \
        call.child_by_field_name("type_arguments") is not None


_PER_MODULE: list[dict] = []  # memos of nodes, emptied when a module has been read


def per_module(memo: dict) -> dict:
    """`memo` (of nodes of the module being read) emptied once it is read (kept_per_module)."""
    _PER_MODULE.append(memo)
    return memo


def kept_per_module(read: Callable) -> Callable:
    """`read` (a module's extraction) with the memos of its nodes kept while it runs, and
    emptied after (a node keeps its whole tree alive)."""
    @wraps(read)
    def reading(*args, **kwargs):
        _forget()
        try:
            return read(*args, **kwargs)
        finally:
            _forget()
    return reading


def _forget() -> None:
    for memo in _PER_MODULE:
        memo.clear()


# node -> the outermost call of the chain it is in (chain_top), for the module being read
_CHAIN_TOPS: dict[tree_sitter.Node, tree_sitter.Node] = per_module({})


def chain_top(node: tree_sitter.Node) -> tree_sitter.Node:
    """The outermost call of the method chain `node` starts or is a call of (`a.get(x).post(y)`
    of `a.get(x)`). A node's parent costs a walk from the root of the tree, so the nodes
    passed on the way are kept: the calls of one chain of n routes ask n times."""
    passed = []
    while node not in _CHAIN_TOPS:
        parent = node.parent
        call = parent.parent if parent is not None and parent.type == "member_expression" and \
            parent.child_by_field_name("object") == node else None
        if call is None or call.type != "call_expression":
            break
        passed.append(node)
        node = call
    top = _CHAIN_TOPS.get(node, node)
    _CHAIN_TOPS.update((passed_node, top) for passed_node in [*passed, node])
    return top


def call_arguments(call: tree_sitter.Node) -> list[tree_sitter.Node]:
    """The arguments of a JavaScript/TypeScript call, comments left out; none for a tagged
    template (`` tag`x` ``, whose `arguments` is the template)."""
    arguments = call.child_by_field_name("arguments")
    if arguments is None or arguments.type != "arguments":
        return []
    return [a for a in arguments.named_children if a.type != "comment"]


def syntax_problems(root: tree_sitter.Node) -> tuple[Problem, ...]:
    """The first syntax error of a tree, if it has one."""
    if not root.has_error:
        return ()
    stack = [root]
    while stack:
        node = stack.pop()
        if node.is_error or node.is_missing:
            what = f"syntax error: missing `{node.type}`" if node.is_missing else "syntax error"
            return (Problem(f"{what}; the rest of the file was analysed as far as it parses",
                            site(node)),)
        stack.extend(reversed([c for c in node.children if c.has_error or c.is_missing]))
    return (Problem("syntax error", Site(1, 1)),)
