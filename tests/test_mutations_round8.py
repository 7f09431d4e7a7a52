"""Found by the eighth round of seeded mutations against pyright and tsc (tornado, sqlglot,
@tanstack/form-core, @tanstack/db; benchmarks/RESULTS.md, "unseen corpora, eighth round")."""

from __future__ import annotations

from conftest import diff_findings

BIND = ("def bind_sockets(port, address=None, family=0, backlog=128, reuse_port=False):\n"
        "    return [port, address, family, backlog, reuse_port]\n")


def _call_findings(base: dict, change: dict) -> list[tuple]:
    return [(f["code"], f["file"], f["line"], f["severity"]) for f in diff_findings(base, change)
            if f["code"] == "IMP202" and f.get("origin") is not None]


def test_python_a_keyword_argument_whose_parameter_a_positional_argument_now_fills_is_reported():
    """tornado's `bind_sockets(0, "::1", family=socket.AF_INET6)` once `address` is removed:
    `"::1"` lands on `family`, which the keyword names again (TypeError "got multiple values
    for argument"; pyright: Parameter "family" is already assigned), at the keyword."""
    consumer = ("from pkg.netutil import bind_sockets\n\n\n"
                "def listen():\n    return bind_sockets(\n        0, \"::1\",\n"
                "        family=10,\n    )\n")
    base = {"pkg/__init__.py": "", "pkg/netutil.py": BIND, "pkg/server.py": consumer}
    change = {"pkg/netutil.py": BIND.replace("address=None, ", "").replace("address, ", "")}
    assert _call_findings(base, change) == [("IMP202", "pkg/server.py", 7, "error")]


def test_python_keyword_arguments_after_fewer_positional_arguments_or_a_positional_only_name():
    """A keyword whose parameter no positional argument reaches still fits; so does one naming
    a positional-only parameter of a function that takes `**kwargs` (it goes there)."""
    consumer = "from pkg.netutil import bind_sockets, log\n\nbind_sockets(0, family=10)\nlog(1, a=2)\n"
    log = "def log(a, /, **kwargs):\n    return a, kwargs\n"
    base = {"pkg/__init__.py": "", "pkg/netutil.py": BIND + log, "pkg/server.py": consumer}
    change = {"pkg/netutil.py": BIND.replace("address=None, ", "").replace("address, ", "")
              + log.replace("**kwargs", "b=None, **kwargs")}
    assert _call_findings(base, change) == []


EXPRESSIONS = "class Expression:\n    pass\n\n\nclass Column(Expression):\n    pass\n"


def test_python_members_of_a_module_a_package_binds_under_another_name_are_checked():
    """sqlglot's `__init__` says `from sqlglot import expressions as exp`, and its modules
    `from sqlglot import exp`: `exp.Expression` once `Expression` is gone from
    `expressions.py` is an AttributeError (pyright: "Expression" is not a known attribute of
    module "sqlglot.expressions"). `import pkg.expressions as exp` in `__init__` binds it too."""
    consumer = ("from pkg import exp\n\n\ndef build(node):\n"
                "    return isinstance(node, exp.Expression)\n")
    for binding in ("from pkg import expressions as exp\n", "import pkg.expressions as exp\n"):
        base = {"pkg/__init__.py": binding, "pkg/expressions.py": EXPRESSIONS,
                "pkg/parser.py": consumer}
        change = {"pkg/expressions.py": "class Column:\n    pass\n"}
        assert [(f["code"], f["file"], f["line"], f["symbol"]) for f in diff_findings(base, change)
                if f["file"] == "pkg/parser.py"] == [("IMP103", "pkg/parser.py", 5, "Expression")]


def test_python_a_package_name_bound_to_an_object_or_guarded_is_not_taken_for_a_module():
    """`exp` bound in `__init__` to an object from inside the module, or by an import in
    `try`/`except ImportError` (which module it is depends on the run), is not judged."""
    consumer = "from pkg import exp\n\nexp.Expression\n"
    for binding in ("from pkg.expressions import Column as exp\n",
                    ("try:\n    from pkg import expressions as exp\nexcept ImportError:\n"
                     "    exp = None\n")):
        base = {"pkg/__init__.py": binding, "pkg/expressions.py": EXPRESSIONS,
                "pkg/parser.py": consumer}
        change = {"pkg/expressions.py": "class Column:\n    pass\n"}
        assert [f for f in diff_findings(base, change) if f["file"] == "pkg/parser.py"] == []


LOGIC = ("export type LogicFn = (props: { form: string }) => string\n\n"
         "export const defaultLogic: LogicFn = (props) => {\n  return props.form\n}\n\n"
         "export function plainLogic(props: { form: string }) {\n  return props.form\n}\n")


def test_typescript_a_function_value_under_a_declared_type_is_called_through_that_type():
    """@tanstack/form-core's `export const defaultValidationLogic: ValidationLogicFn =
    (props) => ...`: given a new first parameter, the arrow no longer fits its declared type
    (TS2322 at the definition), and calls still fit `ValidationLogicFn`, as tsc judges them; a
    function without a declared type keeps its own signature."""
    consumer = ("import { defaultLogic, plainLogic } from './logic'\n\n"
                "export const a = defaultLogic({ form: 'x' })\nexport const b = plainLogic({ form: 'y' })\n")
    base = {"src/logic.ts": LOGIC, "src/use.ts": consumer}
    change = {"src/logic.ts": LOGIC.replace("(props) =>", "(extra: number, props) =>")
              .replace("plainLogic(props", "plainLogic(extra: number, props")}
    assert _call_findings(base, change) == [("IMP202", "src/use.ts", 4, "error")]
