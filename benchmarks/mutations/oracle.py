"""The oracle: pyright (Python) and `tsc --noEmit` with allowJs/checkJs (JavaScript, TypeScript),
pinned and installed with npm into the work directory.

Only diagnostics about imports, exports, names and call arguments count (RELEVANT_PYRIGHT,
RELEVANT_TSC); a mutation's oracle findings are the relevant diagnostics of the mutated tree
that the base tree does not have, compared by (file, rule or code, message, text of the line)
so that lines moved by the edit still match.
"""

from __future__ import annotations

import json
import re
import subprocess
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from benchmarks.corpora import SetupError, run

PYRIGHT = "1.1.414"
TYPESCRIPT = "5.9.3"

# pyright rule -> message pattern the diagnostic must match (None: any message)
RELEVANT_PYRIGHT = {
    "reportAttributeAccessIssue": re.compile(r"is unknown import symbol|is not a known attribute "
                                             r"of module"),
    "reportMissingImports": None,
    "reportUndefinedVariable": None,
    "reportCallIssue": None,
    "reportPrivateImportUsage": None,
    "reportUnsupportedDunderAll": None,
}
# tsc code -> message pattern (None: any message). TS2339/TS2551 (property does not exist)
# only count on a module namespace (`typeof import(...)`), not on values of other types.
RELEVANT_TSC = {
    "TS2304": None,  # Cannot find name 'x'.
    "TS2552": None,  # Cannot find name 'x'. Did you mean 'y'?
    "TS2662": None,  # Cannot find name 'x'. Did you mean the static member 'C.x'?
    "TS2663": None,  # Cannot find name 'x'. Did you mean the instance member 'this.x'?
    "TS18004": None,  # No value exists in scope for the shorthand property 'x'.
    "TS2305": None,  # Module '"./m"' has no exported member 'x'.
    "TS2724": None,  # '"./m"' has no exported member named 'x'. Did you mean 'y'?
    "TS2614": None,  # Module has no exported member 'x'. Did you mean to use 'import x from'?
    "TS2459": None,  # Module '"./m"' declares 'x' locally, but it is not exported.
    "TS2460": None,  # Module '"./m"' declares 'x' locally, but it is exported as 'y'.
    "TS2307": None,  # Cannot find module './m' or its corresponding type declarations.
    "TS2306": None,  # File './m' is not a module.
    "TS1192": None,  # Module '"./m"' has no default export.
    "TS2613": None,  # Module has no default export. Did you mean to use 'import { x }'?
    "TS2503": None,  # Cannot find namespace 'x'.
    "TS2694": None,  # Namespace 'ns' has no exported member 'x'.
    "TS2339": re.compile(r"typeof import\("),  # Property 'x' does not exist on type 'typeof import(...)'
    "TS2551": re.compile(r"typeof import\("),  # ... Did you mean 'y'?
    "TS2554": None,  # Expected 2 arguments, but got 1.
    "TS2555": None,  # Expected at least 2 arguments, but got 1.
    "TS2556": None,  # A spread argument must either have a tuple type or be passed to a rest parameter.
}
# What else counts for the kinds that break members rather than names: an attribute the class
# or the type no longer has (pyright; tsc's TS2339 on any type), and an overloaded call no
# overload takes.
MEMBER_ACCESS = {
    "reportAttributeAccessIssue": re.compile(r"^Cannot access attribute"),
    "TS2339": None,  # Property 'x' does not exist on type 'T'.
    "TS2551": None,  # ... Did you mean 'y'?
}
RELEVANT_FOR_KIND = {
    "remove_member": MEMBER_ACCESS,
    "remove_enum_member": MEMBER_ACCESS,
    "remove_overload": {
        "TS2769": None,  # No overload matches this call.
        "TS2345": None,  # Argument of type 'A' is not assignable to parameter of type 'B'.
    },
}
# (language, mutation kind) the oracle cannot see, with why. Their rows are printed, and
# impact's findings there listed, but they stay out of the overall recall and precision.
ORACLE_BLIND = {
    ("javascript", "add_required_param"):
        "tsc treats every parameter of a JavaScript function that has no typed JSDoc @param as "
        "optional, so a call that no longer passes enough arguments gets no diagnostic",
}
# the file is everything up to the first "(line,col): error TS…:" — a path may hold
# parentheses (Next.js route groups: `app/(main)/page.tsx`)
TSC_LINE = re.compile(r"^(?P<file>[^\s(].*?)\((?P<line>\d+),(?P<col>\d+)\): "
                      r"(?P<sev>error|warning) (?P<code>TS\d+): (?P<msg>.*)$")


UNKNOWN_NAME_CODES = ("TS2304", "TS2552")
CANNOT_FIND_NAME = re.compile(r"Cannot find name '[^']*'\.")


@dataclass(frozen=True)
class Diagnostic:
    file: str  # relative to the repository
    line: int
    code: str
    message: str
    line_text: str

    def key(self) -> tuple[str, str, str, str]:
        """What makes two diagnostics the same. tsc's "Cannot find name 'x'" carries a
        spelling suggestion ("Did you mean 'Context'?", TS2552) only while the program has
        given fewer than ten (the checker's `maximumSuggestionCount`): the base, checked
        whole, has spent them before the file the mutated program checks first, so the same
        unknown name is TS2304 in one and TS2552 in the other. Compared by the name."""
        m = CANNOT_FIND_NAME.match(self.message)
        if self.code in UNKNOWN_NAME_CODES and m:
            return (self.file, "TS2304", m[0], self.line_text)
        return (self.file, self.code, self.message, self.line_text)


def install(tools: Path) -> Path:
    """node_modules/.bin of pyright and typescript at the pinned versions."""
    bin_dir = tools / "node_modules" / ".bin"
    versions = tools / "versions.json"
    want = {"pyright": PYRIGHT, "typescript": TYPESCRIPT}
    if not (versions.exists() and json.loads(versions.read_text()) == want
            and (bin_dir / "pyright").exists() and (bin_dir / "tsc").exists()):
        tools.mkdir(parents=True, exist_ok=True)
        (tools / "package.json").write_text('{"private": true}\n')
        run(["npm", "install", "--no-audit", "--no-fund", "--save-exact",
             f"pyright@{PYRIGHT}", f"typescript@{TYPESCRIPT}"], cwd=tools)
        versions.write_text(json.dumps(want))
    return bin_dir


def exclude_from_git(repo: Path, *names: str) -> None:
    """Oracle configuration lives in the scratch checkout, untracked and ignored (a linked
    worktree shares the main one's exclude file)."""
    if not (repo / ".git").is_dir():
        return
    with (repo / ".git" / "info" / "exclude").open("a") as out:
        out.writelines(f"/{n}\n" for n in names)


def stdlib_only_typeshed(tools: Path) -> Path:
    """pyright's bundled typeshed without its third-party `stubs/`: those include stubs of
    corpora (networkx), which a deleted module of the corpus would silently resolve to."""
    bundled = (tools / "node_modules" / "pyright" / "dist" / "typeshed-fallback").absolute()
    path = tools / "typeshed-stdlib"
    (path / "stubs").mkdir(parents=True, exist_ok=True)
    link = path / "stdlib"
    if link.is_symlink() and not link.exists():  # left by a run given a relative --work
        link.unlink()
    if not link.exists():
        link.symlink_to(bundled / "stdlib", target_is_directory=True)
    return path


class Pyright:
    config = "pyrightconfig.json"

    def __init__(self, bin_dir: Path, repo: Path, extra_paths: tuple[str, ...] = (),
                 timeout: float | None = None, tables: tuple[dict, ...] = (RELEVANT_PYRIGHT,)):
        self.exe, self.repo, self.tables = bin_dir / "pyright", repo, tables
        self.extra_paths, self.timeout = extra_paths, timeout
        # an empty virtual environment: imports resolve inside the corpus, never to whatever
        # the machine's Python has installed (a deleted `click/parser.py` must not fall back
        # to an installed click)
        self.venv = bin_dir.parent.parent / "empty-venv"
        (self.venv / "lib" / "python3.11" / "site-packages").mkdir(parents=True, exist_ok=True)
        self.typeshed = stdlib_only_typeshed(bin_dir.parent.parent)
        exclude_from_git(repo, self.config)

    def diagnostics(self, files: list[str]) -> list[Diagnostic]:
        (self.repo / self.config).write_text(json.dumps(self.settings()))
        proc = run_checker([str(self.exe), "--outputjson", *files], self.repo, self.timeout)
        try:
            report = json.loads(proc.stdout)
        except ValueError as exc:
            raise SetupError(f"pyright gave no JSON: {(proc.stderr or proc.stdout)[-300:]}") from exc
        out = []
        for d in report.get("generalDiagnostics", []):
            rule = d.get("rule", "")
            if d.get("severity") == "information" or not any(
                    relevant(table, rule, d["message"]) for table in self.tables):
                continue
            rel = Path(d["file"]).resolve().relative_to(self.repo.resolve()).as_posix()
            out.append(self._diagnostic(rel, d["range"]["start"]["line"] + 1, rule,
                                        d["message"].splitlines()[0]))
        return out

    def settings(self) -> dict:
        """pyrightconfig.json. pythonPlatform "All": code under `if sys.platform == "win32"` is
        checked too. `extraPaths` only when there are some: given at all, even empty, it turns
        off pyright's automatic `src` search path, and the tests of a src layout would no longer
        resolve the package they test. `# type: ignore` comments are not honoured: pyright
        takes `# type: ignore[assignment]` as silencing every diagnostic of its line (the rule
        in brackets is mypy's), so a call that no longer fits on such a line would go unseen
        (what a line already had in base is no new diagnostic either way)."""
        settings = {
            "pythonVersion": "3.11", "pythonPlatform": "All", "typeCheckingMode": "basic",
            "enableTypeIgnoreComments": False,
            "venvPath": str(self.venv.parent), "venv": self.venv.name,
            "typeshedPath": str(self.typeshed)}
        if self.extra_paths:
            settings["extraPaths"] = list(self.extra_paths)
        return settings

    def _diagnostic(self, rel: str, line: int, code: str, message: str) -> Diagnostic:
        return Diagnostic(rel, line, code, relative_message(message, self.repo),
                          source_line(self.repo / rel, line))


class Tsc:
    config = "tsconfig.bench.json"

    def __init__(self, bin_dir: Path, repo: Path, options: dict | None = None,
                 timeout: float | None = None, tables: tuple[dict, ...] = (RELEVANT_TSC,)):
        self.exe, self.repo, self.tables = bin_dir / "tsc", repo, tables
        self.options, self.timeout = options or {}, timeout
        exclude_from_git(repo, self.config)

    def diagnostics(self, files: list[str]) -> list[Diagnostic]:
        (self.repo / self.config).write_text(json.dumps(self.settings(files)))
        proc = run_checker([str(self.exe), "-p", self.config, "--pretty", "false"], self.repo,
                           self.timeout)
        out = []
        for line in proc.stdout.splitlines():
            m = TSC_LINE.match(line)
            if not m or not any(relevant(table, m["code"], m["msg"]) for table in self.tables):
                continue
            rel, number = m["file"], int(m["line"])
            out.append(Diagnostic(rel, number, m["code"], relative_message(m["msg"], self.repo),
                                  source_line(self.repo / rel, number)))
        if proc.returncode not in (0, 1, 2) or (proc.returncode and not proc.stdout.strip()):
            raise SetupError(f"tsc failed: {(proc.stderr or proc.stdout)[-300:]}")
        return out


    def settings(self, files: list[str]) -> dict:
        """tsconfig.bench.json. `jsx: preserve`: without a `jsx` option tsc reports TS17004 at
        each JSX element of a `.tsx` file and, where `.tsx` modules re-export each other
        through barrels of `export *`, TS2305 "has no exported member" for names they do
        export, differently after any edit (patternfly's components, even with two functions
        of a helper swapped)."""
        return {
            "compilerOptions": {
                "allowJs": True, "checkJs": True, "noEmit": True, "target": "es2022",
                "module": "esnext", "moduleResolution": "bundler", "skipLibCheck": True,
                "strict": False, "types": [], "lib": ["es2022", "dom"], "jsx": "preserve",
                **self.options,
            },
            "files": files,
        }


def relevant(table: dict, code: str, message: str) -> bool:
    """Whether a diagnostic is one the table counts (by rule or code, and message)."""
    if code not in table:
        return False
    pattern = table[code]
    return pattern is None or bool(pattern.search(message.splitlines()[0] if message else ""))


def relevant_tsc(code: str, message: str) -> bool:
    """Whether a tsc diagnostic is about imports, exports, names or call arguments."""
    return relevant(RELEVANT_TSC, code, message)


def counted(d: Diagnostic, kind: str) -> bool:
    """Whether a diagnostic counts for a mutation of `kind`: one about imports, exports, names
    or call arguments always, one about members only for the kinds that remove members."""
    return any(relevant(table, d.code, d.message) for table in (
        RELEVANT_PYRIGHT, RELEVANT_TSC, RELEVANT_FOR_KIND.get(kind, {})))


def run_checker(cmd: list[str], cwd: Path, timeout: float | None) -> subprocess.CompletedProcess:
    """A type checker's run; one that outlives `timeout` seconds is a SetupError."""
    try:
        return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout,
                              check=False)
    except subprocess.TimeoutExpired:
        raise SetupError(f"{Path(cmd[0]).name} took more than {timeout:g} s") from None


def relative_message(message: str, repo: Path) -> str:
    """A message with the checkout's absolute path taken out (`File '/…/three/src/x.js' is not a
    module.`), so that the same diagnostic of the base worktree and of the mutated checkout
    compare equal."""
    return message.replace(f"{repo.resolve().as_posix()}/", "")


def source_line(path: Path, line: int) -> str:
    try:
        return path.read_text(encoding="utf-8").splitlines()[line - 1].strip()
    except (OSError, IndexError, UnicodeDecodeError):
        return ""


def new_diagnostics(base: list[Diagnostic], head: list[Diagnostic]) -> list[Diagnostic]:
    """Diagnostics of head that base does not have (as many times as base has them). One
    whose line the mutation edited has no twin of the same text in base: it is new only when
    head has more of its (file, code, message) than base (`let pingLocal: NodeJS.Timeout`
    after a local was renamed still lacks the namespace `NodeJS`, as `let ping:` did)."""
    left = Counter(d.key() for d in base)
    surplus = Counter(d.key()[:3] for d in head)
    surplus.subtract(d.key()[:3] for d in base)
    out = []
    for d in head:
        if left[d.key()]:
            left[d.key()] -= 1
        elif surplus[d.key()[:3]] > 0:
            surplus[d.key()[:3]] -= 1
            out.append(d)
    return out
