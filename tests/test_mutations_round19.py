"""Found by the nineteenth round of seeded mutations against pyright and tsc (anthropic,
hyperspy, @refinedev/core, @mistralai/mistralai; benchmarks/RESULTS.md, "Seeded mutations,
round 19")."""

from __future__ import annotations

from tests.conftest import diff_keys

LOCAL_IMPORTS = {
    "pkg/__init__.py": "",
    "pkg/model_tools.py": "def covariance(target, coefficients, lazy=False):\n    return target\n",
    "pkg/other.py": "def covariance(target, coefficients, lazy=False, /):\n    return target\n",
    "tests/test_fit.py": "def test_eager():\n"
                         "    from pkg.model_tools import covariance\n"
                         "    assert covariance(1, 2, lazy=False)\n\n\n"
                         "def test_lazy():\n"
                         "    from pkg.model_tools import covariance\n"
                         "    assert covariance(1, 2, lazy=True)\n",
    "tests/test_mixed.py": "def test_model():\n"
                          "    from pkg.model_tools import covariance\n"
                          "    assert covariance(1, 2, lazy=False)\n\n\n"
                          "def test_other():\n"
                          "    from pkg.other import covariance\n"
                          "    assert covariance(1, 2, False)\n",
}


def test_calls_of_a_name_several_functions_import_alike_are_checked():
    """hyperspy's `tests/model/test_linear_model.py`: two tests each import
    `_calculate_covariance` in their body and call it with `lazy=`; made positional-only, pyright
    reports both calls ("No parameter named "lazy""). impact took the name, bound by two imports
    of the file, as ambiguous and judged neither call."""
    change = {"pkg/model_tools.py": "def covariance(target, coefficients, lazy=False, /):\n"
                                    "    return target\n"}
    assert diff_keys(LOCAL_IMPORTS, change) == [("IMP202", "tests/test_fit.py", 3, "covariance"),
                                                ("IMP202", "tests/test_fit.py", 8, "covariance")]


def test_calls_of_a_name_functions_import_from_different_modules_are_not_judged():
    """Two imports of the same name from different modules: which one a call reaches depends on
    its scope, which the calls' facts do not keep; left unjudged as before."""
    change = {"pkg/model_tools.py": "def covariance(target, coefficients, strict, lazy=False):\n"
                                    "    return target\n"}
    assert [key for key in diff_keys(LOCAL_IMPORTS, change) if key[1] == "tests/test_mixed.py"] == []


STRATEGIES = {
    "pkg/__init__.py": "",
    "pkg/strategy.py": "class Strategy:\n"
                       "    def refresh(self, overwrite):\n        return overwrite\n\n"
                       "    def clean(self):\n        return None\n",
    "tests/test_strategy.py": "from pkg.strategy import Strategy\n\n\n"
                              "class TestStrategy:\n"
                              "    def setup_method(self, method):\n"
                              "        self.s = Strategy()\n"
                              "        self.other = Strategy() if method else None\n\n"
                              "    def test_refresh(self):\n"
                              "        s = self.s\n"
                              "        s.refresh(False)\n"
                              "        o = self.other\n"
                              "        o.refresh(False)\n\n"
                              "    def test_nested(self):\n"
                              "        def later(self):\n"
                              "            s = self.s\n"
                              "            return s.refresh(True)\n"
                              "        return later\n",
}


def test_a_method_removed_is_missing_where_a_local_holds_an_attribute_of_self_of_its_class():
    """hyperspy's `tests/samfire/test_strategy.py`: `setup_method` assigns `self.s =
    GlobalStrategy(...)` and each test reads `s = self.s` then `s.refresh(False)`; with
    `refresh` removed, pyright reports each call ("Cannot access attribute "refresh" for
    class "GlobalStrategy""), as it does for `self.s.refresh(False)`, which impact judged.
    Not an attribute assigned otherwise too (`self.other`), nor `self` of a nested function."""
    change = {"pkg/strategy.py": "class Strategy:\n    def clean(self):\n        return None\n"}
    assert [key for key in diff_keys(STRATEGIES, change) if key[1] == "tests/test_strategy.py"] == \
        [("IMP103", "tests/test_strategy.py", 11, "refresh")]
