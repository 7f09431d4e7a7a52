"""The mutation benchmark's Python tree (benchmarks/mutations/python_tree.py): which
mutations it can make of a checkout."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.mutations.python_tree import PythonTree


def write(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)
    return root


@pytest.mark.parametrize("top, package_init", [("src/", False), ("", False), ("src/", True)])
def test_a_definition_imported_by_its_installed_name_can_be_removed(tmp_path, top, package_init):
    """In a src layout the package is imported as installed (`from shop.cart import total`),
    not as `src.shop.cart`; a `src/` that is a package itself is imported with its name."""
    prefix = "src." if top and package_init else ""
    files = {f"{top}shop/__init__.py": "", f"{top}shop/cart.py": "def total():\n    return 1\n",
             "tests/test_cart.py": f"from {prefix}shop.cart import total\n\ntotal()\n"}
    if package_init:
        files["src/__init__.py"] = ""
    kinds = {c.kind for c in PythonTree(write(tmp_path, files)).candidates()
             if c.key == f"{top}shop/cart.py:total"}
    assert {"remove_symbol", "rename_definition", "add_required_param"} <= kinds
