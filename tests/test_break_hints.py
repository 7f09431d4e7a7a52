"""The miner of benchmarks/real_breaks.py (benchmarks/break_hints.py) sees a method removed
from a class while callers through instances remain: a Python `def m(` or a TS method
`m(...) {` gone, `.m(` still called in head, no method of that name defined any more."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))  # as the script runs

import break_hints

from benchmarks import real_breaks

CART = "class Cart:\n    def total(self):\n        return 1\n\n    def checkout(self):\n        return 2\n"
CART_WITHOUT_TOTAL = "class Cart:\n    def checkout(self):\n        return 2\n"
USE = "from shop.cart import Cart\n\n\ndef pay(cart: Cart):\n    return cart.total()\n"
STORE = ("export class Store {\n  public load(id: string): number {\n    return 1;\n  }\n\n"
         "  save(): void {}\n}\n")
STORE_WITHOUT_LOAD = "export class Store {\n  save(): void {}\n}\n"
TS_USE = "import { Store } from './store';\n\nexport const n = new Store().load('a');\n"


def _commits(path: Path) -> tuple[str, str]:
    out = subprocess.run(["git", "-C", str(path), "rev-parse", "HEAD~1", "HEAD"],
                         capture_output=True, text=True, check=True).stdout.split()
    return out[0], out[1]


def _hints(path: Path) -> list[break_hints.Hint]:
    base, head = _commits(path)
    code = real_breaks.changed_code(path, base, head)
    assert code is not None
    assert real_breaks.takes_names_away(path, base, head, code, removes_only=False)
    return break_hints.hints(path, base, head, code)


def test_a_python_method_removed_while_still_called_through_an_instance_is_a_hint(repo_factory):
    path = repo_factory([{"shop/__init__.py": "", "shop/cart.py": CART, "shop/pay.py": USE},
                         {"shop/cart.py": CART_WITHOUT_TOTAL}])
    assert [(h.kind, h.file) for h in _hints(path)] == [("removed-method", "shop/pay.py")]


def test_a_typescript_method_removed_while_still_called_is_a_hint(repo_factory):
    path = repo_factory([{"src/store.ts": STORE, "src/use.ts": TS_USE},
                         {"src/store.ts": STORE_WITHOUT_LOAD}])
    assert [(h.kind, h.file) for h in _hints(path)] == [("removed-method", "src/use.ts")]


def test_a_method_still_defined_elsewhere_or_no_longer_called_is_no_hint(repo_factory):
    other = "class Order:\n    def total(self):\n        return 3\n"
    still_defined = repo_factory([
        {"shop/__init__.py": "", "shop/cart.py": CART, "shop/pay.py": USE, "shop/order.py": other},
        {"shop/cart.py": CART_WITHOUT_TOTAL}])
    assert _hints(still_defined) == []
    uncalled = repo_factory([{"shop/__init__.py": "", "shop/cart.py": CART, "shop/pay.py": USE},
                             {"shop/cart.py": CART_WITHOUT_TOTAL,
                              "shop/pay.py": USE.replace("cart.total()", "1")}])
    assert _hints(uncalled) == []
    moved = repo_factory([{"shop/__init__.py": "", "shop/cart.py": CART, "shop/pay.py": USE},
                          {"shop/cart.py": CART_WITHOUT_TOTAL
                           + "\n    def total(self):\n        return 1\n"}])
    assert _hints(moved) == []


def test_a_call_or_a_control_statement_removed_is_no_method():
    for line in ("  if (ready) {", "  useEffect(() => {", "  foo(bar);", "  return (x) {"):
        assert break_hints.method_name(line, python=False) is None
    assert break_hints.method_name("  async fetchAll<T>(id: string): Promise<T> {", False) == "fetchAll"
    assert break_hints.method_name("    async def refresh(self, x):", True) == "refresh"
    assert break_hints.method_name("def top_level():", True) is None


def test_a_method_named_as_a_builtin_types_is_no_hint(repo_factory):
    cart = CART.replace("def total", "def copy")
    use = USE.replace("cart.total()", "cart.copy()")
    path = repo_factory([{"shop/__init__.py": "", "shop/cart.py": cart, "shop/pay.py": use},
                         {"shop/cart.py": CART_WITHOUT_TOTAL}])
    assert _hints(path) == []


def test_a_typescript_method_whose_parameters_now_run_over_lines_is_no_hint(repo_factory):
    wrapped = STORE.replace("public load(id: string): number {",
                            "public load(\n    id: string,\n    force = false\n  ): number {")
    path = repo_factory([{"src/store.ts": STORE, "src/use.ts": TS_USE}, {"src/store.ts": wrapped}])
    assert _hints(path) == []


def test_a_typescript_method_whose_new_parameters_hold_parentheses_is_no_hint(repo_factory):
    nested = STORE.replace("public load(id: string): number {",
                           "public load(id: string, ids?: (string | undefined)[]): number {")
    path = repo_factory([{"src/store.ts": STORE, "src/use.ts": TS_USE}, {"src/store.ts": nested}])
    assert _hints(path) == []


def test_a_method_called_only_in_a_comment_is_no_hint(repo_factory):
    commented = TS_USE.replace("export const n = new Store().load('a');",
                               "// export const n = new Store().load('a');")
    path = repo_factory([{"src/store.ts": STORE, "src/use.ts": commented},
                         {"src/store.ts": STORE_WITHOUT_LOAD}])
    assert _hints(path) == []


def test_a_call_of_a_same_named_method_where_the_class_is_not_named_is_no_hint(repo_factory):
    library = "def pay(bucket):\n    return bucket.total()\n"  # a library object's `total`
    path = repo_factory([{"shop/__init__.py": "", "shop/cart.py": CART, "shop/bucket.py": library},
                         {"shop/cart.py": CART_WITHOUT_TOTAL}])
    assert _hints(path) == []
    own = CART_WITHOUT_TOTAL + "\n    def pay(self):\n        return self.total()\n"
    path = repo_factory([{"shop/__init__.py": "", "shop/cart.py": CART, "shop/bucket.py": library},
                         {"shop/cart.py": own}])
    assert [(h.kind, h.file) for h in _hints(path)] == [("removed-method", "shop/cart.py")]


def test_the_class_of_a_method_is_the_one_whose_body_holds_it():
    text = ("export class Store {\n  load(id: string): number {\n    return 1;\n  }\n}\n\n"
            "export const helpers = {\n  save(): void {}\n};\n")
    assert break_hints.enclosing_class(text, "load", python=False) == "Store"
    assert break_hints.enclosing_class(text, "save", python=False) is None
    assert break_hints.enclosing_class(CART, "total", python=True) == "Cart"


def test_a_method_the_class_now_sets_on_its_instances_is_no_hint(repo_factory):
    """gallery-dl 985aa1556f: `release_conn` becomes `_release_conn_impl` and `__init__` sets
    `self.release_conn` on every instance: the calls `self.release_conn(r)` still run."""
    base = ("class Downloader:\n    def __init__(self):\n        self.n = 0\n\n"
            "    def download(self, r):\n        self.release_conn(r)\n\n"
            "    def release_conn(self, r):\n        r.close()\n")
    head = base.replace("self.n = 0", "self.release_conn = self._release_impl") \
        .replace("def release_conn(", "def _release_impl(")
    path = repo_factory([{"dl/__init__.py": "", "dl/http.py": base}, {"dl/http.py": head}])
    assert _hints(path) == []
