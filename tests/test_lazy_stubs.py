"""A lazy module with a stub beside it: `__getattr__, __dir__, __all__ =
lazy.attach_stub(__name__, __file__)` in `pkg/__init__.py` (lazy_loader, as librosa, scikit-image
and networkx use it) binds at run time exactly what `pkg/__init__.pyi` declares, and a type
checker reads the stub alone (PEP 561: a stub beside a source takes precedence). So a name the
stub declares is broken where the stub's declaration of it is: its `__getattr__` does not stand
for it."""

from __future__ import annotations

from conftest import diff_result

LAZY = "import lazy_loader as lazy\n\n__getattr__, __dir__, __all__ = lazy.attach_stub(__name__, __file__)\n"
BASE = {
    "pkg/__init__.py": LAZY,
    "pkg/__init__.pyi": "from . import filters\nfrom .core import stft as stft\n",
    "pkg/core/__init__.py": LAZY,
    "pkg/core/__init__.pyi": "from .spectrum import stft as stft\n",
    "pkg/core/spectrum.py": "def stft(y):\n    return y\n\n\ndef istft(y):\n    return y\n",
    "pkg/filters.py": "def mel(n):\n    return n\n",
    "pkg/beat.py": "from . import filters\n\n\ndef track(n):\n    return filters.mel(n)\n",
    "app.py": "from pkg import stft\n\nstft(1)\n",
}


def report(base: dict, change: dict) -> list[tuple[str, str, int, str]]:
    scoped = diff_result(base, change).json
    full = diff_result(base, change, whole_repository=True).json
    assert scoped == full
    return sorted((f["code"], f["file"], f["line"], f["symbol"]) for f in scoped["findings"]
                  if f["code"] != "IMP201")


def test_a_name_a_lazy_package_re_exports_through_its_stub_breaks_with_the_stub():
    findings = report(BASE, {"pkg/core/spectrum.py": "def istft(y):\n    return y\n"})
    assert ("IMP101", "pkg/core/__init__.pyi", 1, "stft") in findings
    assert ("IMP101", "pkg/__init__.pyi", 2, "stft") in findings
    assert ("IMP101", "app.py", 1, "stft") in findings


def test_a_submodule_a_lazy_package_declares_in_its_stub_breaks_when_it_is_gone():
    """`import pkg` runs nothing of the stub, so `pkg.filters` fails where it is used (pyright
    reports each use); the stub's own `from . import filters` declares what is gone."""
    base = {**BASE, "tests/test_filters.py": "import pkg\n\n\ndef test_mel():\n    pkg.filters.mel(1)\n"}
    findings = report(base, {"pkg/filters.py": None})
    assert [k for k in findings if k[1] != "pkg/__init__.pyi"] == [
        ("IMP101", "pkg/beat.py", 1, "filters"), ("IMP103", "tests/test_filters.py", 5, "filters")]


def test_a_lazy_package_without_a_stub_still_provides_any_name():
    base = {k: v for k, v in BASE.items() if not k.endswith(".pyi")}
    base["pkg/core/__init__.py"] = "from .spectrum import stft\n"
    assert report(base, {"pkg/core/spectrum.py": "def istft(y):\n    return y\n"}) == [
        ("IMP101", "pkg/core/__init__.py", 1, "stft")]


def test_a_name_a_lazy_package_re_exports_is_reported_at_the_stub_not_at_each_use():
    """pyright binds the name the stub's failing import names (an unknown) and reports that
    import, not each `pkg.stft(...)`."""
    base = {**BASE, "tests/test_core.py": "import pkg\n\n\ndef test_stft():\n    pkg.stft(1)\n"}
    findings = report(base, {"pkg/core/spectrum.py": "def istft(y):\n    return y\n"})
    assert not [k for k in findings if k[1] == "tests/test_core.py"]


def test_a_call_through_a_lazy_package_reaches_the_function_its_stub_re_exports():
    base = {**BASE, "pkg/onset.py": "from . import core\n\n\ndef detect(y):\n    return core.stft(y)\n"}
    findings = report(base, {"pkg/core/spectrum.py":
                             "def stft(extra, y):\n    return y\n\n\ndef istft(y):\n    return y\n"})
    assert ("IMP202", "pkg/onset.py", 5, "stft") in findings
    assert ("IMP202", "app.py", 3, "stft") in findings
