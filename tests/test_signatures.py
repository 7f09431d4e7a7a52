"""IMP202 incompatible-signature: broken calls at each call site; a warning at the definition
of a public callable whose breaking change breaks no call here; silence for compatible changes."""

from __future__ import annotations

import pytest
from conftest import diff_result

UTIL = "def connect(host, port=5432, *, timeout=10):\n    return host, port, timeout\n"


def signature_findings(base: dict, change: dict) -> list[tuple]:
    result = diff_result(base, change)
    return [(f["file"], f["line"], f["severity"], f["message"]) for f in result.findings
            if f["code"] == "IMP202"]


def python_base(calls: str) -> dict:
    return {"pkg/__init__.py": "", "pkg/db.py": UTIL,
            "app.py": "from pkg.db import connect\nimport pkg.db\n\n" + calls}


@pytest.mark.parametrize("new_definition, calls, reason", [
    ("def connect(host, *, port=5432, timeout=10):", "connect('h', 1)\n",
     "takes 1 positional argument(s), 2 given"),
    ("def connect(host, port=5432):", "connect('h', timeout=3)\n", "has no parameter `timeout`"),
    ("def connect(host, port=5432, *, timeout=10, user):", "pkg.db.connect('h')\n",
     "missing required argument `user`"),
    ("def connect(address, port=5432, *, timeout=10):", "connect(host='h')\n",
     "has no parameter `host`"),
])
def test_broken_python_calls_are_reported_at_each_call(new_definition, calls, reason):
    change = {"pkg/db.py": UTIL.replace(UTIL.splitlines()[0], new_definition)}
    findings = signature_findings(python_base(calls), change)
    assert len(findings) == 1
    file, line, severity, message = findings[0]
    assert (file, line, severity) == ("app.py", 4, "error") and reason in message


@pytest.mark.parametrize("new_definition", [
    "def connect(host, port=5432, *, timeout=10, retries=3):",  # keyword-only with a default
    "def connect(host, port=5432, extra=None, *, timeout=10):",  # optional parameter added
    "def connect(host, port=5432, **options):",  # widened to **kwargs
])
def test_compatible_changes_are_silent(new_definition):
    calls = "connect('h')\nconnect('h', 1, timeout=2)\n"
    change = {"pkg/db.py": UTIL.replace(UTIL.splitlines()[0], new_definition)}
    assert signature_findings(python_base(calls), change) == []


def test_private_helper_renamed_parameter_is_silent():
    base = {"pkg/__init__.py": "", "pkg/db.py": "def _helper(a):\n    return a\n\n\n_helper(1)\n"}
    change = {"pkg/db.py": "def _helper(b):\n    return b\n\n\n_helper(1)\n"}
    assert signature_findings(base, change) == []


def test_public_breaking_change_without_broken_call_warns_at_definition():
    base = {"pkg/__init__.py": "", "pkg/db.py": UTIL}
    change = {"pkg/db.py": UTIL.replace("port=5432, *", "port, *")}
    [(file, line, severity, message)] = signature_findings(base, change)
    assert (file, line, severity) == ("pkg/db.py", 1, "warning")
    assert "parameter `port` is now required" in message


def test_class_constructor_and_dataclass_fields():
    base = {"pkg/__init__.py": "",
            "pkg/models.py": "from dataclasses import dataclass\n\n\n@dataclass\nclass User:\n"
                             "    name: str\n\n\nclass Repo:\n    def __init__(self, url):\n"
                             "        self.url = url\n",
            "app.py": "from pkg.models import User, Repo\nUser('a')\nRepo('u')\n"}
    models = base["pkg/models.py"].replace("    name: str\n", "    name: str\n    age: int\n")
    change = {"pkg/models.py": models.replace("(self, url)", "(self, url, token)")}
    findings = signature_findings(base, change)
    assert [(f[0], f[1]) for f in findings] == [("app.py", 2), ("app.py", 3)]
    assert "missing required argument `age`" in findings[0][3]
    assert "missing required argument `token`" in findings[1][3]


def test_local_shadowing_is_not_a_call_of_the_import():
    base = {"pkg/__init__.py": "", "pkg/db.py": UTIL,
            "app.py": "from pkg.db import connect\n\n\ndef run(connect):\n    return connect(1, 2, 3)\n"}
    change = {"pkg/db.py": "def connect(host):\n    return host\n"}
    assert [f for f in signature_findings(base, change) if f[0] == "app.py"] == []


def test_typescript_required_parameter_added_and_rest_removed():
    base = {"src/fmt.ts": "export function fmt(value: number, ...units: string[]) { return value; }\n",
            "src/app.ts": "import { fmt } from './fmt';\nfmt(1);\nfmt(1, 'a', 'b');\n"}
    change = {"src/fmt.ts": "export function fmt(value: number, unit: string) { return value; }\n"}
    findings = signature_findings(base, change)
    assert [(f[0], f[1]) for f in findings] == [("src/app.ts", 2), ("src/app.ts", 3)]
    assert "missing required argument `unit`" in findings[0][3]
    assert "takes 2 positional argument(s), 3 given" in findings[1][3]


def test_javascript_optional_parameter_added_is_silent():
    base = {"src/fmt.js": "export const fmt = (value) => value;\n",
            "src/app.js": "import { fmt } from './fmt.js';\nfmt(1);\n"}
    change = {"src/fmt.js": "export const fmt = (value, unit = 'x') => value + unit;\n"}
    assert signature_findings(base, change) == []


def test_call_through_a_function_local_import_is_checked():
    # `from .m import f` inside a function (to avoid an import cycle) binds f in that function
    base = {"pkg/__init__.py": "", "pkg/db.py": UTIL,
            "pkg/app.py": "def run():\n    from .db import connect\n    return connect('h')\n\n\n"
                          "def other(connect):\n    return connect()\n"}
    change = {"pkg/db.py": UTIL.replace("def connect(host,", "def connect(user, host,")}
    findings = signature_findings(base, change)
    assert [(f[0], f[1]) for f in findings] == [("pkg/app.py", 3)]
    assert "missing required argument `host`" in findings[0][3]


def test_unknown_keyword_is_reported_at_the_keyword_and_names_every_one():
    calls = "connect(\n    'h',\n    port=1,\n    timeout=2,\n)\n"
    change = {"pkg/db.py": UTIL.replace(UTIL.splitlines()[0], "def connect(host, *, retries=0):")}
    [(file, line, severity, message)] = signature_findings(python_base(calls), change)
    assert (file, line, severity) == ("app.py", 6, "error")  # at `port=`, not at the call
    assert "has no parameter `port`, `timeout`" in message


def test_positional_mismatch_stays_at_the_call():
    calls = "connect(\n    'h',\n    1,\n)\n"
    change = {"pkg/db.py": UTIL.replace(UTIL.splitlines()[0],
                                        "def connect(host, *, port=5432, timeout=10):")}
    [(file, line, _, message)] = signature_findings(python_base(calls), change)
    assert (file, line) == ("app.py", 4) and "takes 1 positional argument(s), 2 given" in message


def test_every_missing_argument_is_named():
    change = {"pkg/db.py": UTIL.replace(UTIL.splitlines()[0],
                                        "def connect(host, user, port=5432, *, token, timeout=10):")}
    [(_, _, _, message)] = signature_findings(python_base("connect('h')\n"), change)
    assert "missing required arguments `user`, `token`" in message


@pytest.mark.parametrize("exported", ["{ findKey, other }", "{ other, 'findKey': find }"])
def test_call_through_the_default_exported_object_of_a_module_is_checked(exported):
    """axios's `utils.js`: `export default { findKey, ... }`, called as `utils.findKey(...)`
    through `import utils from './utils.js'` (tsc checks it: TS2554)."""
    name = "find" if ": find" in exported else "findKey"
    util = f"function {name}(obj, key) {{\n  return obj[key];\n}}\nfunction other() {{}}\n\n" \
           f"export default {exported};\n"
    base = {"lib/utils.js": util,
            "lib/app.js": "import utils from './utils.js';\n\nutils.findKey({}, 'a');\n"
                          "utils.other(1);\n"}
    change = {"lib/utils.js": util.replace(f"{name}(obj, key) {{", f"{name}(obj) {{\n  let key;")}
    findings = signature_findings(base, change)
    assert [(f[0], f[1], f[2]) for f in findings] == [("lib/app.js", 3, "error")]
    assert "takes 1 positional argument(s), 2 given" in findings[0][3]


@pytest.mark.parametrize("definition", [
    "export default function bind(fn, thisArg) {\n  return fn.bind(thisArg);\n}\n",
    "function bind(fn, thisArg) {\n  return fn.bind(thisArg);\n}\n\nexport default bind;\n",
])
def test_call_through_a_default_import_is_checked(definition):
    base = {"lib/bind.js": definition, "lib/app.js": "import bind from './bind.js';\n\nbind(f, null);\n"}
    change = {"lib/bind.js": definition.replace("bind(fn, thisArg) {", "bind(fn) {\n  let thisArg;")}
    findings = signature_findings(base, change)
    assert [(f[0], f[1], f[2]) for f in findings] == [("lib/app.js", 3, "error")]
    assert "`bind(...)` no longer fits `bind` (lib/bind.js:1)" in findings[0][3]


def test_call_through_the_default_exported_object_to_an_imported_function_is_checked():
    bind = "export default function bind(fn, thisArg) {\n  return fn.bind(thisArg);\n}\n"
    base = {"lib/helpers/bind.js": bind,
            "lib/utils.js": "import bind from './helpers/bind.js';\n\nexport default { bind };\n",
            "lib/app.js": "import utils from './utils.js';\n\nutils.bind(f, null);\n"}
    change = {"lib/helpers/bind.js": bind.replace("bind(fn, thisArg) {",
                                                  "bind(fn) {\n  let thisArg;")}
    findings = signature_findings(base, change)
    assert [(f[0], f[1], f[2]) for f in findings] == [("lib/app.js", 3, "error")]


def test_member_of_a_default_exported_object_that_is_not_a_name_is_not_judged():
    util = "function findKey(obj, key) {\n  return obj[key];\n}\n\n" \
           "export default { findKey: (obj, key) => obj[key], all: findKey };\n"
    base = {"lib/utils.js": util,
            "lib/app.js": "import utils from './utils.js';\n\nutils.findKey({}, 'a');\n"}
    change = {"lib/utils.js": util.replace("findKey(obj, key) {", "findKey(obj) {\n  let key;")}
    assert signature_findings(base, change) == []


CONCURRENCY = (
    "from typing import Callable, ParamSpec, TypeVar\n\nP = ParamSpec('P')\nT = TypeVar('T')\n\n\n"
    "async def run_in_threadpool(func: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:\n"
    "    return func(*args, **kwargs)\n")
UNTYPED_RUNNER = "async def run_in_threadpool(func, *args, **kwargs):\n    return func(*args, **kwargs)\n"
THREADPOOL_CALLERS = (
    "from pkg.concurrency import run_in_threadpool\n\n\n"
    "async def handle(handler, conn, exc, file, task):\n"
    "    await run_in_threadpool(handler, conn, exc)\n"
    "    await run_in_threadpool(file.close)\n"
    "    await run_in_threadpool(task.func, *task.args, **task.kwargs)\n"
    "    await run_in_threadpool(*task.all)\n")


def test_python_call_forwarding_through_a_paramspec_whose_arguments_shift_is_reported():
    """starlette's `run_in_threadpool(func: Callable[P, T], *args: P.args, **kwargs: P.kwargs)`
    gets a required first parameter: `run_in_threadpool(handler, conn, exc)` still binds (the
    surplus goes to `*args`), but `conn` now lands on `func` and pyright checks what `*args`
    forwards against it (reportCallIssue), also when the arguments written before a `*` splat
    shift (`run_in_threadpool(task.func, *task.args)`; where the splat's items land is not
    judged). Without the ParamSpec nothing checks the shift."""
    new_first = ("run_in_threadpool(func", "run_in_threadpool(extra_required, func")
    for definition, shifted_reported in ((CONCURRENCY, True), (UNTYPED_RUNNER, False)):
        base = {"pkg/__init__.py": "", "pkg/concurrency.py": definition,
                "app.py": THREADPOOL_CALLERS}
        change = {"pkg/concurrency.py": definition.replace(*new_first)}
        findings = signature_findings(base, change)
        lines = sorted(line for _, line, _, _ in findings)
        assert lines == ([5, 6, 7] if shifted_reported else [6])
        assert {severity for _, _, severity, _ in findings} == {"error"}
        if shifted_reported:
            [message] = [m for _, line, _, m in findings if line == 5]
            assert "argument 1 now goes to parameter `extra_required`, no longer to `func`" \
                in message


def test_a_keyword_a_decorated_function_no_longer_takes_breaks_a_call_that_skipped_a_parameter():
    """hypothesis's `@st.composite` takes `draw` off: `simple_classes(private_attrs=False)`
    never fitted the signature as written, yet once `private_attrs` is gone the call breaks
    (attrs' tests; pyright reports "No parameter named"). Judged by the keywords alone; a
    keyword the old signature did not take either is not this change's doing."""
    strategies = ("import hypothesis.strategies as st\n\n\n@st.composite\n"
                  "def classes(draw, slots=None, private=None):\n    return draw, slots, private\n")
    base = {"tests/__init__.py": "", "tests/strategies.py": strategies,
            "tests/test_a.py": "from .strategies import classes\n\n"
                               "classes(private=False)\nclasses(slots=True)\n"
                               "classes(private=True, bogus=1)\n"}
    change = {"tests/strategies.py": strategies.replace(", private=None", "")}
    findings = signature_findings(base, change)
    assert [(file, line, severity) for file, line, severity, _ in findings] == [
        ("tests/test_a.py", 3, "warning"), ("tests/test_a.py", 5, "warning")]
    assert all("has no parameter `private`" in message for *_, message in findings)


ATTRIB = "def attrib(default=None, converter=None):\n    return default\n"


@pytest.mark.parametrize("aliases, calls", [
    ("ib = attr = attrib\n", "from pkg._make import ib, attr\nib(converter=int)\nattr(converter=int)\n"),
    # re-aliased in the package through an import, called through the package
    ("", "import pkg\npkg.ib(converter=int)\n"),
])
def test_calls_through_a_module_level_alias_are_checked(aliases, calls):
    base = {"pkg/__init__.py": "from pkg._make import attrib\nib = attrib\n",
            "pkg/_make.py": ATTRIB + aliases, "app.py": calls}
    change = {"pkg/_make.py": ATTRIB.replace(", converter=None", "") + aliases}
    findings = signature_findings(base, change)
    calls_at = [line for line, text in enumerate(calls.splitlines(), 1) if "(converter" in text]
    assert [(f[0], f[1], f[2]) for f in findings] == [("app.py", line, "error") for line in calls_at]
    assert all("no longer fits `attrib`" in f[3] for f in findings)


@pytest.mark.parametrize("aliases", [
    "ib = attrib\nib = print\n",  # bound twice
    "if True:\n    ib = attrib\n",  # bound under a condition
    "ib = attrib\n\n\ndef reset():\n    global ib\n    ib = print\n",  # rebound elsewhere
])
def test_an_alias_not_bound_exactly_once_at_module_level_is_not_followed(aliases):
    calls = "from pkg._make import ib\nib(converter=int)\n"
    base = {"pkg/__init__.py": "", "pkg/_make.py": ATTRIB + aliases, "app.py": calls}
    change = {"pkg/_make.py": ATTRIB.replace(", converter=None", "") + aliases}
    assert signature_findings(base, change) == []


@pytest.mark.parametrize("aliases", [
    "export const fmtAlias = fmt;\n",
    "const fmtAlias = fmt;\nexport { fmtAlias };\n",
])
def test_typescript_calls_through_a_const_alias_are_checked(aliases):
    fmt = "export function fmt(value: number, unit?: string) { return value; }\n"
    base = {"src/fmt.ts": fmt + aliases,
            "src/app.ts": "import { fmtAlias } from './fmt';\nfmtAlias(1, 'a');\n"}
    change = {"src/fmt.ts": fmt.replace(", unit?: string", "") + aliases}
    findings = signature_findings(base, change)
    assert [(f[0], f[1]) for f in findings] == [("src/app.ts", 2)]


EXCEPTIONS = ("class RequestException(IOError):\n    def __init__(self, *args, **kwargs):\n"
              "        self.request = kwargs.pop('request', None)\n        super().__init__(*args)\n\n\n"
              "class ConnectionError(RequestException):\n    '''A connection error.'''\n\n\n")


def test_a_subclass_left_on_the_builtin_base_its_module_no_longer_shadows():
    # requests: `class ProxyError(ConnectionError)` once the module's own ConnectionError is
    # removed is built on the built-in ConnectionError, which takes no keyword
    proxy = "class ProxyError(ConnectionError):\n    pass\n"
    base = {"pkg/__init__.py": "", "pkg/exceptions.py": EXCEPTIONS + proxy,
            "app.py": "from pkg.exceptions import ProxyError\n\nraise ProxyError('x', request=None)\n"}
    change = {"pkg/exceptions.py": EXCEPTIONS.split("class ConnectionError")[0] + proxy}
    findings = signature_findings(base, change)
    assert [(f[0], f[1], f[2]) for f in findings] == [("app.py", 3, "error")]
    assert "no longer fits `ProxyError`" in findings[0][3] and "`request`" in findings[0][3]


SUB = "from pkg.base import Base\n\n\nclass Sub(Base):\n    '''No constructor of its own.'''\n"
BASE_CLASS = "class Base:\n    def __init__(self, a, b=None):\n        self.a = a\n"


@pytest.mark.parametrize("sub, breaks", [
    (SUB, True),
    (SUB.replace("(Base)", "(Base, Mixin)").replace("\n\n\n", "\nfrom pkg.mixin import Mixin\n\n\n"),
     False),  # several bases: the constructor is whichever comes first in the MRO
    ("import functools\n" + SUB.replace("class Sub", "@functools.total_ordering\nclass Sub"),
     False),  # a decorator may give it another constructor
    (SUB.replace("(Base)", "(Base, metaclass=Meta)") + "from pkg.mixin import Meta\n", False),
    (SUB + "    if True:\n        def __init__(self, *args, **kwargs):\n            pass\n", False),
])
def test_a_class_without_a_constructor_is_called_with_its_base_constructor(sub, breaks):
    base = {"pkg/__init__.py": "", "pkg/base.py": BASE_CLASS, "pkg/sub.py": sub,
            "pkg/mixin.py": "class Mixin:\n    pass\n\n\nclass Meta(type):\n    pass\n",
            "app.py": "from pkg.sub import Sub\n\nSub(1, b=2)\n"}
    change = {"pkg/base.py": BASE_CLASS.replace(", b=None", "")}
    calls = [(f[0], f[1]) for f in signature_findings(base, change) if f[0] == "app.py"]
    assert calls == ([("app.py", 3)] if breaks else [])


def test_a_builtin_name_a_star_import_may_bring_is_not_taken_for_the_builtin():
    proxy = "from pkg.errors import *\n\n\nclass ProxyError(ConnectionError):\n    pass\n"
    errors = "class ConnectionError(Exception):\n    def __init__(self, *args, **kwargs):\n        pass\n"
    base = {"pkg/__init__.py": "", "pkg/errors.py": errors,
            "pkg/exceptions.py": "class ConnectionError(Exception):\n    pass\n\n\n" + proxy,
            "app.py": "from pkg.exceptions import ProxyError\n\nraise ProxyError('x', request=None)\n"}
    change = {"pkg/exceptions.py": proxy}
    assert [f for f in signature_findings(base, change) if f[0] == "app.py"] == []


def test_functools_partial_of_a_function_is_checked_as_the_call_it_stands_for():
    """black's tests: `ff = partial(black.format_file_in_place, mode=DEFAULT_MODE, fast=True)`.
    Once `fast` is gone the partial raises TypeError when called, and pyright reports the
    keyword (reportCallIssue). `partial(f, a, k=v)` is `f(a, k=v, *later, **later)`: its
    keywords and the positional arguments before them are judged, what it leaves missing is
    not; a partial of something else, or with a splat, is not judged."""
    fmt = "def format_file(src, fast, mode, *, lines=()):\n    return src\n"
    base = {"pkg/__init__.py": "", "pkg/fmt.py": fmt,
            "tests/util.py": "import functools\nfrom functools import partial\n\nfrom pkg import fmt\n"
                             "from pkg.fmt import format_file\n\n"
                             "ff = partial(format_file, mode=1, fast=True)\n"
                             "fg = functools.partial(fmt.format_file, 'src', lines=())\n"
                             "fh = partial(format_file)\n"
                             "fi = partial(format_file, *ARGS, fast=True)\n"
                             "fj = partial(print, fast=True)\n"}
    without_fast = {"pkg/fmt.py": fmt.replace("src, fast, mode", "src, mode")}
    assert signature_findings(base, without_fast) == [
        ("tests/util.py", 7, "error", ("`format_file(...)` no longer fits `format_file` "
         "(pkg/fmt.py:1): has no parameter `fast`"))]
    without_lines = {"pkg/fmt.py": fmt.replace(", *, lines=()", "")}
    assert [(file, line) for file, line, _, _ in signature_findings(base, without_lines)] == [
        ("tests/util.py", 8)]
    # a new required parameter: the partial leaves it to the later call
    extra = {"pkg/fmt.py": fmt.replace("mode, *", "mode, extra, *")}
    assert [severity for _, _, severity, _ in signature_findings(base, extra)] == ["warning"]
    # the same through an alias of partial that is not functools'
    local = {**base, "tests/util.py": base["tests/util.py"].replace(
        "from functools import partial\n", "from mytools import partial\n")}
    assert [file for file, _, _, _ in signature_findings(local, without_fast)] == ["pkg/fmt.py"]


def test_a_parameter_removed_into_kwargs_says_keyword_callers_still_work():
    """werkzeug's `parse_cookie(header, cls=None)` -> `parse_cookie(header, **kwargs)`: a
    positional caller breaks, a caller passing `cls=` does not; the warning says both."""
    base = {"pkg/__init__.py": "", "pkg/db.py": UTIL}
    change = {"pkg/db.py": UTIL.replace("port=5432, *, timeout=10", "*, timeout=10, **options")}
    [(file, line, severity, message)] = signature_findings(base, change)
    assert (file, line, severity) == ("pkg/db.py", 1, "warning")
    assert "parameter `port` removed (passed by keyword, it still reaches `**options`)" in message
    removed_outright = {"pkg/db.py": UTIL.replace("port=5432, *, timeout=10", "*, timeout=10")}
    [(_file, _line, _severity, message)] = signature_findings(base, removed_outright)
    assert "parameter `port` removed" in message and "still reaches" not in message


SOLVER = "def solve(opt, pattern, rescale):\n    return opt, pattern, rescale\n"
SOLVER_CALL = ("from pkg.solvers import solve\n\n\ndef run(opt, patterns, solver_kwargs):\n"
               "    return [solve(opt, pattern=p, **solver_kwargs) for p in patterns]\n")


def test_a_parameter_a_call_with_a_keyword_splat_passed_by_position_cannot_come_from_the_splat():
    """kikuchipy's `_refine_orientation_pc_solver_nlopt(opt, pattern=..., **solver_kwargs)` once a
    first parameter is inserted: `opt` lands on it, and `opt` itself is left to the splat, which
    cannot hold it (the call would have given it two values before): TypeError, pyright's
    "Arguments missing". What else the splat must hold (`rescale`) is not judged."""
    base = {"pkg/__init__.py": "", "pkg/solvers.py": SOLVER, "pkg/run.py": SOLVER_CALL}
    change = {"pkg/solvers.py": SOLVER.replace("(opt,", "(extra, opt,")}
    assert [(f, line, severity) for f, line, severity, _ in signature_findings(base, change)] == [
        ("pkg/run.py", 5, "error")]
    [(_, _, _, message)] = signature_findings(base, change)
    assert "missing required argument `opt` (it went by position before, so the `**` argument " \
           "cannot hold it)" in message
    appended = {"pkg/solvers.py": SOLVER.replace("rescale)", "rescale, extra)")}
    assert [f for f in signature_findings(base, appended) if f[0] == "pkg/run.py"] == []  # in the splat


@pytest.mark.parametrize("body", [
    "x = 1\n    return f(x)  # f\n",
    "return 'a\x1cb\x1f c'\n",  # ASCII separators str.isspace counts
    "return 'caf\u00e9\u00a0\u2003au lait'  # f\n",  # non-ASCII text, no-break and em spaces
])
def test_a_body_hash_is_that_of_its_text_without_whitespace_and_own_name(body):
    import hashlib

    from impact.lang.signatures import body_hash
    from impact.lang.treesitter import parse

    source = f"def f(a):\n    {body}"
    function = parse("python", source.encode()).root_node.named_children[0]
    written = source.encode()[function.child_by_field_name("body").start_byte:].decode()
    expected = hashlib.sha1("".join(written.split()).replace("f", "\0").encode()).hexdigest()[:16]
    assert body_hash(function.child_by_field_name("body"), "f") == expected
