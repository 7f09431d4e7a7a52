"""Property tests: generated Python and JavaScript modules and random edits.

impact never crashes on them; a consistent rename of a local variable gives no finding;
removing a function that another module imports always gives IMP101. Most properties run
the real pipeline in-process on in-memory files (only the git layer is left out, to stay
fast); one goes through real git and the real CLI. The profile (`ci` by default, `long` with
HYPOTHESIS_PROFILE=long) is chosen in conftest.py."""

from __future__ import annotations

import builtins
import keyword

from conftest import build_repo, run_impact
from hypothesis import given, settings
from hypothesis import strategies as st

from impact.pipeline import Options, run
from impact.snapshot import Snapshot, git_blob_id

RESERVED = set(keyword.kwlist) | set(dir(builtins)) | {
    "let", "var", "const", "function", "return", "export", "import", "from", "new", "this",
    "class", "default", "await", "yield", "async", "static", "of", "in", "typeof", "void",
    "delete", "case", "switch", "do", "enum", "extends", "super", "catch", "finally", "throw"}
NAMES = st.text("abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=8).map(lambda s: "n" + s) \
    .filter(lambda s: s not in RESERVED)


class InMemoryFiles:
    """Stands in for the git layer only: every file reads as it is given."""

    def __init__(self, files: dict[str, str]):
        self.files = {path: text.encode("utf-8", errors="surrogatepass") for path, text in files.items()}

    def read_worktree_file(self, path: str, max_size: int | None = None) -> bytes | int | None:
        data = self.files.get(path)
        return len(data) if data is not None and max_size is not None and len(data) > max_size \
            else data

    def worktree_blob_id(self, path: str) -> str:
        return git_blob_id(self.files[path])

    def snapshot(self, label: str) -> Snapshot:
        return Snapshot(label=label, blobs=dict.fromkeys(self.files), repo=self)


def introduced(base: dict[str, str], head: dict[str, str]) -> list[tuple[str, str, str]]:
    result = run(InMemoryFiles(base).snapshot("base"), InMemoryFiles(head).snapshot("head"),
                  Options())
    return [(f.code, f.file, f.symbol) for f in result.findings]


# -- generated modules ------------------------------------------------------------------------

@st.composite
def python_function(draw, name: str, local: str) -> str:
    param = draw(NAMES.filter(lambda n: n != local))
    lines = [f"def {name}({param}):", f"    {local} = {param} + {draw(st.integers(0, 9))}"]
    for _ in range(draw(st.integers(0, 4))):
        lines.append(draw(st.sampled_from([
            f"    {local} = {local} * 2",
            f"    if {local} > {param}:\n        {local} -= 1",
            f"    for item in range({local}):\n        {param} += item",
            f"    {local} = [v for v in range({local}) if v != {param}]",
            f"    {local} = (lambda z: z + len(str({local})))(1)",
            f"    with open(str({local})) as handle:\n        {local} = handle.read()",
            f"    try:\n        {local} = int({local})\n    except ValueError:\n        {local} = 0",
        ])))
    lines.append(f"    return {local}")
    return "\n".join(lines) + "\n"


@st.composite
def javascript_function(draw, name: str, local: str) -> str:
    param = draw(NAMES.filter(lambda n: n != local))
    lines = [f"export function {name}({param}) {{", f"  let {local} = {param} + {draw(st.integers(0, 9))};"]
    for _ in range(draw(st.integers(0, 4))):
        lines.append(draw(st.sampled_from([
            f"  {local} = {local} * 2;",
            f"  if ({local} > {param}) {{ {local} -= 1; }}",
            f"  for (const item of [{local}]) {{ {param} += item; }}",
            f"  {local} = [{local}].map((v) => v + {param});",
            f"  const copy = {{ {local}, other: {param} }};\n  {local} = copy.{local};",
            f"  try {{ {local} = JSON.parse({local}); }} catch (error) {{ {local} = 0; }}",
        ])))
    lines.append(f"  return {local};")
    return "\n".join(lines) + "\n}\n"


@st.composite
def library(draw, language: str):
    """A library module of 1-5 functions, each with a local variable, and a consumer that
    imports some of them: (files, names, locals, library path, consumer path)."""
    names = draw(st.lists(NAMES, min_size=1, max_size=5, unique=True))
    locals_ = [draw(NAMES.filter(lambda n, taken=set(names): n not in taken)) for _ in names]
    make = python_function if language == "python" else javascript_function
    body = "".join(draw(make(name, local)) + "\n" for name, local in zip(names, locals_))
    used = draw(st.lists(st.sampled_from(names), min_size=1, unique=True))
    if language == "python":
        lib, app = "pkg/lib.py", "app.py"
        files = {"pkg/__init__.py": "", lib: body,
                 app: f"from pkg.lib import {', '.join(used)}\n\nprint({', '.join(used)})\n"}
    else:
        lib, app = "src/lib.js", "src/app.js"
        files = {lib: body, app: f"import {{ {', '.join(used)} }} from './lib.js';\n\n"
                                 f"console.log({', '.join(used)});\n"}
    return files, names, locals_, used, lib, app


EDITS = st.sampled_from(["delete", "duplicate", "truncate", "insert", "swap"])


def edit(text: str, kind: str, where: int, junk: str) -> str:
    lines = text.splitlines(keepends=True) or [""]
    at = where % len(lines)
    if kind == "delete":
        del lines[at]
    elif kind == "duplicate":
        lines.insert(at, lines[at])
    elif kind == "truncate":
        return text[: where % (len(text) + 1)]
    elif kind == "insert":
        cut = where % (len(lines[at]) + 1)
        lines[at] = lines[at][:cut] + junk + lines[at][cut:]
    else:
        lines[at], lines[-1] = lines[-1], lines[at]
    return "".join(lines)


# -- properties ---------------------------------------------------------------------------------

@given(st.sampled_from(["python", "javascript"]).flatmap(library),
       st.lists(st.tuples(st.sampled_from(["lib", "app"]), EDITS, st.integers(0, 10_000),
                          st.text(max_size=12)), max_size=6))
def test_random_edits_never_crash(generated, edits):
    files, _names, _locals, _used, lib, app = generated
    head = dict(files)
    for target, kind, where, junk in edits:
        path = lib if target == "lib" else app
        head[path] = edit(head[path], kind, where, junk)
    findings = introduced(files, head)  # raises on any crash
    assert all(code.startswith("IMP") for code, _file, _symbol in findings)
    assert introduced(files, files) == []


@given(st.sampled_from(["python", "javascript"]).flatmap(library), st.data())
def test_consistent_rename_of_a_local_gives_no_finding(generated, data):
    files, names, locals_, _used, lib, _app = generated
    index = data.draw(st.integers(0, len(names) - 1))
    old = locals_[index]
    taken = set(names) | set(locals_) | set(files[lib].replace("(", " ").replace(")", " ").split())
    new = data.draw(NAMES.filter(lambda n: n not in taken))
    start = files[lib].index(f"function {names[index]}(") if lib.endswith(".js") else \
        files[lib].index(f"def {names[index]}(")
    end = files[lib].find("\n\n", start)
    function = files[lib][start:end]
    renamed = _rename_word(function, old, new)
    assert renamed != function
    head = {**files, lib: files[lib][:start] + renamed + files[lib][end:]}
    assert introduced(files, head) == []


@given(st.sampled_from(["python", "javascript"]).flatmap(library), st.data())
def test_removing_an_imported_function_gives_imp101(generated, data):
    files, _names, _locals, used, lib, app = generated
    removed = data.draw(st.sampled_from(used))
    kept = "".join(block + "\n\n" for block in files[lib].split("\n\n")
                   if block.strip() and f" {removed}(" not in block.split("\n", 1)[0])
    findings = introduced(files, {**files, lib: kept})
    assert ("IMP101", app, removed) in findings


@settings(max_examples=5)
@given(st.sampled_from(["python", "javascript"]).flatmap(library), st.data())
def test_through_git_and_the_cli(tmp_path_factory, generated, data):
    files, _names, _locals, used, lib, app = generated
    removed = data.draw(st.sampled_from(used))
    kept = "".join(block + "\n\n" for block in files[lib].split("\n\n")
                   if block.strip() and f" {removed}(" not in block.split("\n", 1)[0])
    repo = build_repo(tmp_path_factory.mktemp("fuzz"), [files, {lib: kept}])
    result = run_impact(repo, "diff", "HEAD~1", "HEAD", "--format", "json")
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    assert ("IMP101", app, removed) in [(f["code"], f["file"], f["symbol"]) for f in result.findings]


def _rename_word(text: str, old: str, new: str) -> str:
    import re

    return re.sub(rf"(?<![\w.]){re.escape(old)}(?!\w)", new, text)
