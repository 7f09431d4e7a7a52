"""Textual hints that a commit leaves a reference dangling, for benchmarks/real_breaks.py's
candidate selection: cheap `git diff`/`git grep` reading, independent of impact (no symbol
graph, no parser), so that most candidates handed to the type-checker oracle really break
something. A hint is a reason to run the oracle, never a verdict: the oracle decides.

The hints of a change base..head:
- a top-level definition or export the change removes (and does not define again anywhere
  in the change) whose name a file of head still spells on a line that imports from the
  module it was removed from (a word of the module's name on an import line);
- a code file the change deletes whose module is still named on an import line of head
  (its parent directory's and its own name, as words);
- an import the change adds or rewrites (a `+` line) that does not resolve in head: a
  relative or local specifier with no file behind it, or a name the target file does not
  spell at all;
- a method the change removes from a class (an indented `def m(`, a TS/JS `m(...) {`) and
  does not define again, whose name head still calls as `.m(` in a file of the same language
  that names the class (or as `self.m(`/`this.m(` in its own file) while no file of head
  defines a method of that name any more (a method removed or renamed while callers through
  instances remain).
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import PurePosixPath

PY = (".py",)
JS = (".js", ".jsx", ".mjs", ".cjs", ".ts", ".tsx", ".mts", ".cts")
CODE_GLOBS = tuple(f"*{s}" for s in PY + JS)
MAX_GREPS = 12  # `git grep` runs per change

# a top-level definition (no indentation): Python def/class/assignment, JS/TS declarations
DEFINITION = re.compile(
    r"^(?:export\s+(?:default\s+)?(?:declare\s+)?(?:async\s+)?"
    r"(?:function\*?|class|const|let|var|interface|type|enum|abstract\s+class)\s+"
    r"|(?:async\s+)?def\s+|class\s+|(?:async\s+)?function\*?\s+)([A-Za-z_$][\w$]*)")
PY_ASSIGNMENT = re.compile(r"^([A-Za-z_]\w*)\s*(?::[^=]*)?=(?!=)")
EXPORT_LIST = re.compile(r"^export\s*(?:type\s*)?\{([^}]*)\}")
JS_IMPORT = re.compile(r"""^\s*(?:import|export)\b(?:\s+type)?\s*(?:([\w$]+)\s*,?\s*)?"""
                       r"""(?:\{([^}]*)\}|\*\s+as\s+[\w$]+)?\s*(?:from\s*)?['"]([^'"]+)['"]""")
PY_FROM = re.compile(r"^\s*from\s+(\.*[\w.]*)\s+import\s+\(?([\w\s,]+?)\)?\s*(?:#.*)?$")
PY_IMPORT = re.compile(r"^\s*import\s+([\w.]+)\s*(?:as\s+\w+)?\s*$")
IMPORT_LINE = r"(\bimport\b|\bfrom\b|\brequire\s*\()"
# a method of a class (indented): Python `def m(`, TS/JS `m(...) {` with its modifiers
PY_METHOD = re.compile(r"^\s+(?:async\s+)?def\s+([A-Za-z_]\w*)\s*\(")
JS_METHOD = re.compile(r"^\s+(?:(?:public|private|protected|static|async|override|abstract|get|set)"
                       r"\s+)*\*?\s*([A-Za-z_$][\w$]*)\s*(?:<[^>]*>)?\s*\([^()]*\)\s*"
                       r"(?::\s*[^={};]+)?\{\s*$")
REMOVED_METHOD = "removed-method"
COMMENT_STARTS = ("#", "//", "/*", "*")  # a call commented out (`//await this.m(p);`) runs not
# methods of the languages' own types (`s.replace(`, `d.copy(`, `xs.map(`): a call of one
# says nothing about a method of the repository
BUILTIN_METHODS = frozenset(
    name for kind in (str, bytes, list, dict, set, tuple, int, float, object) for name in dir(kind)
) | {"replace", "copy", "push", "pop", "map", "filter", "reduce", "forEach", "find", "some",
     "every", "includes", "indexOf", "slice", "splice", "concat", "join", "split", "trim",
     "then", "catch", "finally", "get", "set", "has", "delete", "clear", "keys", "values",
     "entries", "toString", "valueOf", "toJSON", "sort", "reverse", "flat", "flatMap", "fill",
     "startsWith", "endsWith", "match", "test", "exec", "bind", "call", "apply", "emit",
     "send", "close", "open", "write", "read", "start", "stop", "update", "render", "run"}
# the start of a method whose parameters run over several lines (`async load(` at the end
# of a line) or hold parentheses (`x?: (string | undefined)[]`), not a call statement (which
# ends with `;` or `)`): a definition when the change adds it or head has it, never counted
# removed
JS_METHOD_START = re.compile(r"^\s+(?:(?:public|private|protected|static|async|override|abstract)"
                             r"\s+)*\*?\s*([A-Za-z_$][\w$]*)\s*(?:<[^>]*>)?\s*\((?:.*[^;)\s])?\s*$")
JS_KEYWORDS = {"if", "for", "while", "switch", "catch", "function", "return", "with", "constructor"}
STOP = {"default", "index", "main", "init", "utils", "types", "test", "tests", "app", "config",
        "__init__", "constants", "helpers", "models", "views", "api", "lib", "src", "core"}


@dataclass(frozen=True)
class Hint:
    kind: str  # removed-name, deleted-file, unresolved-import, missing-name
    file: str  # where the dangling reference is (head)
    detail: str

    def __str__(self) -> str:
        return f"{self.kind} {self.detail} in {self.file}"


def _git(path, *args: str) -> str:
    proc = subprocess.run(["git", "-C", str(path), *args], capture_output=True, text=True,
                          errors="replace", check=False)
    return proc.stdout if proc.returncode == 0 else ""


def _diff_lines(path, base: str, head: str, files: list[str]) -> dict[str, list[str]]:
    """file -> its `-`/`+` lines (the head name; a deleted file under its base name)."""
    out: dict[str, list[str]] = {}
    current, in_hunk = None, False
    for line in _git(path, "diff", "--no-renames", "-U0", base, head, "--", *files).splitlines():
        if line.startswith("diff --git "):
            current, in_hunk = None, False
        elif not in_hunk and line.startswith(("--- a/", "+++ b/")):
            current = line[6:]
        elif line.startswith("@@"):
            in_hunk = True
        elif in_hunk and current and line[:1] in ("-", "+"):
            out.setdefault(current, []).append(line)
    return out


def defined_names(line: str, python: bool) -> list[str]:
    body = line[1:]
    m = DEFINITION.match(body)
    if m:
        return [m[1]]
    if python:
        m = PY_ASSIGNMENT.match(body)
        return [m[1]] if m and not m[1].startswith("__") else []
    m = EXPORT_LIST.match(body)
    if m:
        return [part.split(" as ")[-1].strip() for part in m[1].split(",") if part.strip()]
    return []


def module_name(rel: str) -> tuple[str, str]:
    """(parent, stem) a consumer spells to reach the file: an index/__init__ file by its
    directory."""
    p = PurePosixPath(rel)
    if p.stem in ("index", "__init__"):
        p = p.parent
        return p.parent.name, p.name
    return p.parent.name, p.stem


def _grep(path, head: str, pattern: str, fixed_word: str | None = None,
          globs: list[str] | tuple[str, ...] = CODE_GLOBS) -> dict[str, list[str]]:
    """file -> matching lines of head's code files (extended regex, or one fixed word)."""
    args = ["grep", "-n", "-I"]
    args += ["-w", "-F", "-e", fixed_word] if fixed_word else ["-E", "-e", pattern]
    out: dict[str, list[str]] = {}
    for line in _git(path, *args, head, "--", *globs, ":!**/node_modules/**").splitlines():
        parts = line.split(":", 3)
        if len(parts) == 4:
            out.setdefault(parts[1], []).append(parts[3])
    return out


def removed_name_hints(path, head: str, lines: dict[str, list[str]], budget: list[int]
                       ) -> list[Hint]:
    removed: dict[str, str] = {}
    added: set[str] = set()
    for rel, diff in lines.items():
        python = rel.endswith(PY)
        for line in diff:
            for name in defined_names(line, python):
                if line[0] == "-":
                    removed.setdefault(name, rel)
                else:
                    added.add(name)
    hints = []
    for name, rel in removed.items():
        if (name in added or len(name) < 4 or name.lower() in STOP or name.startswith("__")
                or budget[0] <= 0):
            continue
        budget[0] -= 1
        parent, stem = module_name(rel)
        if stem.lower() in STOP and parent.lower() in STOP:
            continue
        if rebinds(_git(path, "show", f"{head}:{rel}"), name):
            continue  # the module binds it still (an import, an assignment)
        found = _grep(path, head, "", fixed_word=name)
        if any(name in defined_names("+" + line, f.endswith(PY))
               for f, lines in found.items() for line in lines):
            continue  # still defined at the top of some file: moved, most likely
        for consumer in found:
            if consumer != rel and not consumer.startswith(".") and imports_name(
                    _git(path, "show", f"{head}:{consumer}"), consumer, rel, name):
                hints.append(Hint("removed-name", consumer, f"`{name}` (was in {rel})"))
                break
    return hints


def rebinds(text: str, name: str) -> bool:
    word = re.escape(name)
    return re.search(rf"^\s*(from\s.*import|import)\b[^\n]*\b{word}\b|^{word}\s*(:[^=\n]*)?="
                     rf"|^\s+{word},?\s*$", text, re.MULTILINE) is not None


def module_path(rel: str) -> str:
    """The file's module as a path without suffix (an index/__init__ file: its directory)."""
    stem = rel.rsplit(".", 1)[0]
    return stem.rsplit("/", 1)[0] if stem.endswith(("/index", "/__init__")) else stem


def names_module(spec: str, consumer: str, target: str) -> bool:
    """`spec` (a JS specifier, a Python dotted module) written in `consumer` points at the
    module path `target`; an alias or absolute name when it ends like the target's path."""
    if consumer.endswith(PY):
        level = len(spec) - len(spec.lstrip("."))
        dotted = spec.lstrip(".").replace(".", "/")
        if level:
            parents = PurePosixPath(consumer).parents
            if level > len(parents):
                return False
            return _normalise(f"{parents[level - 1].as_posix()}/{dotted}") == target
        return bool(dotted) and ("/" + target).endswith("/" + dotted)
    spec = re.sub(r"\.(m|c)?[jt]sx?$", "", spec).removesuffix("/index")
    if spec.startswith("."):
        return _normalise(str(PurePosixPath(consumer).parent / spec)) == target
    rest = spec.split("/", 1)[1] if spec.startswith(("@/", "~/", "#/")) else spec
    return ("/" + target).endswith("/" + rest)


PY_FROM_ANY = re.compile(r"from\s+(\.*[\w.]*)\s+import\s+(\([^)]*\)|[^\n]*)")
JS_NAMED = re.compile(r"(?:import|export)\s+(?:type\s+)?([^;]*?)\s+from\s+['\"]([^'\"]+)['\"]"
                      r"|\{([^}]*)\}\s*=\s*require\(\s*['\"]([^'\"]+)['\"]")


def imports_name(text: str, consumer: str, rel: str, name: str) -> bool:
    """`text` (the file `consumer`) imports `name` from the module of `rel`, or reads it as
    an attribute of that module (`mod.name`, `ns.name`)."""
    target, word = module_path(rel), re.compile(rf"\b{re.escape(name)}\b")
    if consumer.endswith(PY):
        for m in PY_FROM_ANY.finditer(text):
            imported = re.findall(r"\w+", m[2])
            if name in imported and names_module(m[1], consumer, target):
                return True
            for module in imported:  # `from pkg import mod` ... `mod.name`
                if (re.search(rf"\b{module}\.{re.escape(name)}\b", text)
                        and names_module(f"{m[1]}.{module}".replace("..", ".")
                                         if not m[1].endswith(".") else m[1] + module,
                                         consumer, target)):
                    return True
        return any("." in m[1] and names_module(m[1], consumer, target)  # `import a.b`
                   for m in re.finditer(rf"\b([\w.]+)\.{re.escape(name)}\b", text))
    for m in JS_NAMED.finditer(text):
        clause, spec = (m[1], m[2]) if m[2] else (m[3], m[4])
        if not names_module(spec, consumer, target):
            continue
        if word.search(clause or ""):
            return True
        ns = re.search(r"\*\s+as\s+([\w$]+)", clause or "")
        if ns and re.search(rf"\b{re.escape(ns[1])}\.{re.escape(name)}\b", text):
            return True
    return False


def deleted_file_hints(path, base: str, head: str, code: list[tuple[str, str]],
                       budget: list[int]) -> list[Hint]:
    hints = []
    for status, rel in code:
        if status != "D" or budget[0] <= 0:
            continue
        parent, stem = module_name(rel)
        if stem.lower() in STOP or len(stem) < 3:
            continue
        if still_resolves(path, head, rel):
            continue
        budget[0] -= 1
        pattern = (r"(import|from|require).*\b" + re.escape(parent) + r"[/.]" + re.escape(stem)
                   + r"\b" if parent else r"(import|from|require).*\b" + re.escape(stem) + r"\b")
        for consumer in _grep(path, head, pattern):
            hints.append(Hint("deleted-file", consumer, f"{rel} still imported"))
            break
    return hints


def still_resolves(path, head: str, rel: str) -> bool:
    """The deleted file's module is still there in another form: `m.py` became
    `m/__init__.py`, `m.js` became `m.ts`, `m/index.js` became `m.js`."""
    stem = rel.rsplit(".", 1)[0]
    if stem.endswith(("/index", "/__init__")):
        stem = stem.rsplit("/", 1)[0]
    forms = [stem + s for s in PY + JS] + [f"{stem}/__init__.py"] + [f"{stem}/index{s}" for s in JS]
    listed = _git(path, "ls-tree", "--name-only", head, "--", *forms)
    return bool(listed.strip())


def _tree(path, head: str) -> set[str]:
    return set(_git(path, "ls-tree", "-r", "--name-only", head).splitlines())


def resolve_js(tree: set[str], importer: str, spec: str) -> str | None | bool:
    """The file a JS specifier names in the tree; None: a local specifier with no file;
    False: a package (not judged)."""
    if spec.startswith("."):
        stem = _normalise(str(PurePosixPath(importer).parent / spec))
        base = re.sub(r"\.(m|c)?js$", "", stem)
        for cand in (stem, *(base + s for s in JS + (".d.ts", ".json", ".vue", ".svelte")),
                     *(f"{stem}/index{s}" for s in JS)):
            if cand in tree:
                return cand
        return stem if any(f.startswith(stem + "/") for f in tree) else None
    if not re.match(r"^[@~#]/|^(src|app|components|lib)/", spec):
        return False
    rest = re.sub(r"\.(m|c)?js$", "", spec.split("/", 1)[1])  # an alias: any root will do
    for f in sorted(tree):
        no_ext = f.rsplit(".", 1)[0]
        if any(("/" + form).endswith(end) for form in (f, no_ext)
               for end in (f"/{rest}", f"/{rest}/index")):
            return f
    return True if any(f"/{rest}/" in "/" + f for f in tree) else None


def _normalise(p: str) -> str:
    parts: list[str] = []
    for part in p.split("/"):
        if part in ("", "."):
            continue
        if part == "..":
            if parts:
                parts.pop()
        else:
            parts.append(part)
    return "/".join(parts)


def resolve_py(tree: set[str], roots: set[str], importer: str, module: str) -> str | None | bool:
    level = len(module) - len(module.lstrip("."))
    parts = [p for p in module.lstrip(".").split(".") if p]
    if level:
        base = PurePosixPath(importer).parents[level - 1].as_posix()
        bases = ["" if base == "." else base]
    else:
        if not parts or not any(f"{r}/{parts[0]}".lstrip("/") in roots for r in roots | {""}):
            return False
        bases = sorted(r for r in roots | {""})
    for base in bases:
        stem = "/".join(p for p in [base, *parts] if p)
        for cand in (f"{stem}.py", f"{stem}/__init__.py", f"{stem}.pyi", f"{stem}/__init__.pyi"):
            if cand in tree:
                return cand
        if stem and any(f.startswith(stem + "/") for f in tree):
            return stem  # a namespace package
    return None


def python_roots(tree: set[str]) -> set[str]:
    """Top-level packages and the directories that hold them (`src`, a project folder)."""
    roots = set()
    for f in tree:
        if f.endswith("/__init__.py"):
            parts = f.split("/")[:-1]
            for i in range(1, len(parts) + 1):
                if "/".join(parts[:i]) + "/__init__.py" in tree:
                    roots.add("/".join(parts[:i]))
                    roots.add("/".join(parts[:i - 1]))
                    break
    return roots - {""} | {""}


def import_hints(path, base: str, head: str, lines: dict[str, list[str]]) -> list[Hint]:
    added = [(rel, line[1:]) for rel, diff in lines.items() for line in diff if line[0] == "+"]
    if not any(re.search(IMPORT_LINE, text) for _, text in added):
        return []
    tree = _tree(path, head)
    roots = python_roots(tree)
    hints = []
    for rel, text in added:
        if rel.endswith(PY):
            hint = _py_import_hint(path, head, tree, roots, rel, text)
        elif rel.endswith(JS):
            hint = _js_import_hint(path, head, tree, rel, text)
        else:
            hint = None
        if hint and not (hint.kind == "unresolved-import" and imported_before(path, base, hint)):
            hints.append(hint)
    return hints


def imported_before(path, base: str, hint: Hint) -> bool:
    """The unresolved specifier is imported in base already (a generated module, a build
    artefact, a path the tree never held): not something this change broke. A relative
    specifier is looked for in the same file only."""
    spec = hint.detail.strip("`'")
    where = [hint.file] if spec.startswith(".") else list(CODE_GLOBS)
    found = subprocess.run(["git", "-C", str(path), "grep", "-q", "-F", "-e", spec, base, "--",
                            *where], capture_output=True, check=False)
    return found.returncode == 0


def _spells(path, head: str, target: str, name: str) -> bool:
    """The target file spells `name`, or re-exports everything of another (not followed)."""
    if not isinstance(target, str) or not target.endswith(PY + JS + (".d.ts", ".pyi")):
        return True
    text = _git(path, "show", f"{head}:{target}")
    return (re.search(r"\b" + re.escape(name) + r"\b", text) is not None
            or re.search(r"export\s*\*|import\s+\*", text) is not None)


def _js_import_hint(path, head, tree, rel, text) -> Hint | None:
    m = JS_IMPORT.match(text)
    if not m:
        return None
    target = resolve_js(tree, rel, m[3].split("?", 1)[0])
    if target is None:
        return Hint("unresolved-import", rel, f"'{m[3]}'")
    if target is False or target is True:
        return None
    for part in (m[2] or "").split(","):
        name = part.strip().removeprefix("type ").split(" as ")[0].strip()
        if name and name != "default" and not _spells(path, head, target, name):
            return Hint("missing-name", rel, f"`{name}` from '{m[3]}'")
    return None


def _py_import_hint(path, head, tree, roots, rel, text) -> Hint | None:
    m = PY_FROM.match(text)
    if m:
        target = resolve_py(tree, roots, rel, m[1])
        if target is None:
            return Hint("unresolved-import", rel, f"`{m[1]}`")
        if target is False or not target.endswith(".py"):
            return None
        for part in m[2].split(","):
            name = part.strip().split(" as ")[0].strip()
            if not name or name == "*":
                continue
            sub = target.rsplit("/", 1)[0] + "/" + name
            if target.endswith("__init__.py") and (sub + ".py" in tree
                                                   or sub + "/__init__.py" in tree):
                continue
            if not _spells(path, head, target, name):
                return Hint("missing-name", rel, f"`{name}` from `{m[1]}`")
        return None
    m = PY_IMPORT.match(text)
    if m and resolve_py(tree, roots, rel, m[1]) is None:
        return Hint("unresolved-import", rel, f"`{m[1]}`")
    return None


def method_name(line: str, python: bool, started: bool = False) -> str | None:
    """The method a line (without its diff sign) defines in a class body, if any; with
    `started`, also a TS/JS method whose parameters continue on the next lines."""
    m = (PY_METHOD if python else JS_METHOD).match(line)
    if not m and started and not python:
        m = JS_METHOD_START.match(line)
    if not m or m[1] in JS_KEYWORDS:
        return None
    return m[1]


def removed_method_hints(path, base: str, head: str, lines: dict[str, list[str]],
                         budget: list[int]) -> list[Hint]:
    removed: dict[str, str] = {}
    added: set[str] = set()
    for rel, diff in lines.items():
        python = rel.endswith(PY)
        for line in diff:
            name = method_name(line[1:], python, started=line[0] == "+")
            if name is None:
                continue
            if line[0] == "-":
                removed.setdefault(name, rel)
            else:
                added.add(name)
    hints = []
    for name, rel in removed.items():
        if (name in added or len(name) < 4 or name.startswith("__") or name in BUILTIN_METHODS
                or budget[0] <= 0):
            continue
        owner = enclosing_class(_git(path, "show", f"{base}:{rel}"), name, rel.endswith(PY))
        if owner is None:
            continue
        budget[0] -= 1
        hint = _still_called(path, head, name, rel, owner)
        if hint:
            hints.append(hint)
    return hints


CLASS_LINE = re.compile(r"^(\s*)(?:export\s+)?(?:default\s+)?(?:declare\s+)?(?:abstract\s+)?"
                        r"class\s+([A-Za-z_$][\w$]*)")


def enclosing_class(text: str, name: str, python: bool) -> str | None:
    """The class whose body defines the method `name` in `text` (the first such), if any."""
    classes: list[tuple[int, str]] = []  # (indentation, name) of the classes open above
    for line in text.splitlines():
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip())
        classes = [c for c in classes if c[0] < indent]
        m = CLASS_LINE.match(line)
        if m:
            classes.append((len(m[1]), m[2]))
        elif classes and method_name(line, python) == name:
            return classes[-1][1]
    return None


def _still_called(path, head: str, name: str, rel: str, owner: str) -> Hint | None:
    """A call `.name(` in head's files of `rel`'s language while none of them defines a
    function, method or property `name` any more, nor does `rel` set `self.name =` (an
    instance attribute the calls reach): through `self`/`this` in `rel`, or in a
    file that names the class `owner` (a call of a library's method of the same name,
    `bucket.update_rate_limit(`, is no reason)."""
    python = rel.endswith(PY)
    word = re.escape(name)
    defines = re.compile(rf"\b(def|function)\s+{word}\b|^\s*{word}\s*(:[^=]*)?=(?!=)"
                         rf"|\b{word}\s*:\s*(async\s*)?(\(|function\b|[\w$]+\s*=>)")
    globs = [f"*{s}" for s in (PY if python else JS)]
    naming = set(_grep(path, head, "", fixed_word=owner, globs=globs))
    caller = None
    for consumer, texts in _grep(path, head, "", fixed_word=name, globs=globs).items():
        for text in texts:
            if method_name(text, python, started=True) == name or defines.search(text) or \
                    consumer == rel and re.search(rf"\b(self|this)\.{word}\s*=(?!=)", text):
                return None  # still defined, or set on the instances: the calls may be its
            own = consumer == rel and re.search(rf"\b(self|this)\.{word}\s*\(", text)
            if caller is None and (own or consumer in naming and re.search(rf"\.{word}\s*\(", text)) \
                    and not text.lstrip().startswith(COMMENT_STARTS):
                caller = consumer
    return Hint(REMOVED_METHOD, caller, f"`.{name}(` (was in {rel}, class {owner})") if caller else None


def hints(path, base: str, head: str, code: list[tuple[str, str]]) -> list[Hint]:
    """The hints that base..head leaves a reference dangling (empty: none seen)."""
    lines = _diff_lines(path, base, head, [f for _, f in code])
    budget = [MAX_GREPS]
    return (import_hints(path, base, head, lines) + deleted_file_hints(path, base, head, code, budget)
            + removed_name_hints(path, head, lines, budget)
            + removed_method_hints(path, base, head, lines, budget))
