"""Classes of input the tenth batch of unseen repositories (benchmarks/RESULTS.md, "Ecosystem
check: tenth batch") showed impact getting wrong, each as a small repository: the input that
gave a false finding, and its neighbour where the finding is true and stays."""

from __future__ import annotations

import pytest
from conftest import diff_keys

# mne-tools/mne-python: vulture's allowlist names what vulture should take as used, each name a
# bare expression; the file is data vulture parses, never imported nor run
ALLOWLIST = "numba_conditional\n_.multi_class\n\n# Called by Qt\neventFilter\n"


@pytest.mark.parametrize("path", ["tools/vulture_allowlist.py", ".vulture_whitelist.py",
                                  "whitelist_vulture.py", "scripts/Vulture-Whitelist.py"])
def test_names_a_vulture_allowlist_lists_are_no_undefined_names(path):
    """mne-python 87d6459c00e0: `eventFilter` added to tools/vulture_allowlist.py was an
    undefined name; vulture only parses the file (its README's whitelists)."""
    assert diff_keys({}, {path: ALLOWLIST}) == []


@pytest.mark.parametrize("path", ["tools/allowlist.py", "vulture_checks.py", "whitelist.py"])
def test_a_module_not_named_as_a_vulture_allowlist_still_reports_undefined_names(path):
    """A name that says only allowlist, or only vulture, is no vulture allowlist."""
    assert diff_keys({}, {path: "eventFilter\n"}) == [("IMP105", path, 1, "eventFilter")]
