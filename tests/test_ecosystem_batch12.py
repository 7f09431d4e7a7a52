"""Classes of input the twelfth batch of unseen repositories (benchmarks/RESULTS.md, "Ecosystem
check: twelfth batch") showed impact getting wrong, each as a small repository: the input that
gave a false finding or a crash, and its neighbour where the finding is true and stays."""

from __future__ import annotations

from conftest import diff_keys

# scipy/scipy: scipy/signal/__init__.py star-imports `._support_alternative_backends` and takes
# its `__all__`, which is in turn `_signal_api.__all__` of a sibling (`from . import _signal_api`
# there): what `signal._signal_api` is depends on what the package's own stars bind, which were
# being worked out (RecursionError on every commit)
SIGNAL = {
    "pkg/__init__.py": "",
    "pkg/signal/__init__.py": ("from ._backends import *  # noqa: F403\nfrom . import _backends\n"
                               "__all__ = _backends.__all__\n"),
    "pkg/signal/_backends.py": ("from ._api import *  # noqa: F403\nfrom . import _api\n"
                                "__all__ = _api.__all__\n"),
    "pkg/signal/_api.py": "__all__ = ['convolve']\n\n\ndef convolve(x):\n    return x\n",
}


def test_a_star_imported_all_naming_a_sibling_of_the_package_ends():
    """scipy 174e08314c40 (and the 29 commits after): "internal error: RecursionError". The
    sibling is the submodule, and the name the `__all__` chain lacks is still reported."""
    change = {"pkg/use.py": "from pkg.signal import convolve, lfilter\n\nconvolve(1)\n"}
    assert diff_keys(SIGNAL, change) == [("IMP101", "pkg/use.py", 1, "lfilter")]
