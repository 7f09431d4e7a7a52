"""IMP202 at a call the change writes or edits that does not fit a function whose signature
did not change (LLaMA-Factory ec372f91e9: loader.py, rewritten, calls `merge_dataset(datasets,
data_args, seed=training_args.seed)` while data_utils.py still defines `merge_dataset(
all_datasets, data_args, training_args)`: TypeError where it runs, pyright's reportCallIssue)."""

from __future__ import annotations

from conftest import diff_keys

UTILS = {
    "pkg/__init__.py": "",
    "pkg/data_utils.py": "def merge_dataset(all_datasets, data_args, training_args):\n"
                         "    return all_datasets\n",
}
LOADER = "from .data_utils import merge_dataset\n\n\ndef load(datasets, data_args, training_args):\n"


def test_imp202_an_edited_call_that_does_not_fit_an_unchanged_function():
    base = {**UTILS, "pkg/loader.py": LOADER + "    return merge_dataset(datasets, data_args, training_args)\n"}
    change = {"pkg/loader.py": LOADER + "    return merge_dataset(datasets, data_args, seed=1)\n"}
    assert diff_keys(base, change) == [("IMP202", "pkg/loader.py", 5, "merge_dataset")]


def test_imp202_a_new_call_through_the_module_missing_an_argument():
    base = {**UTILS, "pkg/loader.py": "from . import data_utils\n"}
    change = {"pkg/loader.py": "from . import data_utils\n\n\ndef load(datasets, data_args):\n"
                               "    return data_utils.merge_dataset(datasets, data_args)\n"}
    assert diff_keys(base, change) == [("IMP202", "pkg/loader.py", 5, "merge_dataset")]


def test_no_imp202_where_the_edited_call_fits():
    base = {**UTILS, "pkg/loader.py": LOADER + "    return merge_dataset(datasets, data_args, training_args)\n"}
    change = {"pkg/loader.py": LOADER + "    return merge_dataset(datasets, data_args=data_args,\n"
                                        "                         training_args=training_args)\n"}
    assert diff_keys(base, change) == []


def test_no_imp202_at_a_call_of_that_shape_already_in_base():
    # a misfit the change did not write is not the change's (and impact may misread the callee)
    call = "    return merge_dataset(datasets, data_args)\n"
    base = {**UTILS, "pkg/loader.py": LOADER + call}
    change = {"pkg/loader.py": LOADER + "    print(datasets)\n" + call}
    assert diff_keys(base, change) == []


def test_no_imp202_at_a_decorated_function_a_test_or_javascript():
    decorated = {"pkg/data_utils.py": "import functools\n\n\n@functools.cache\n"
                                      "def merge_dataset(all_datasets, data_args, training_args):\n"
                                      "    return all_datasets\n"}
    base = {**UTILS, **decorated, "pkg/loader.py": LOADER + "    return None\n"}
    change = {"pkg/loader.py": LOADER + "    return merge_dataset(datasets, seed=1)\n"}
    assert diff_keys(base, change) == []
    base = {**UTILS, "tests/test_loader.py": "from pkg.data_utils import merge_dataset\n"}
    change = {"tests/test_loader.py": "import pytest\n\nfrom pkg.data_utils import merge_dataset\n\n\n"
                                      "def test_arity():\n    with pytest.raises(TypeError):\n"
                                      "        merge_dataset([])\n"}
    assert diff_keys(base, change) == []
    base = {"src/utils.js": "export function merge(a, b, c) {\n  return a\n}\n",
            "src/app.js": "import { merge } from './utils'\n"}
    change = {"src/app.js": "import { merge } from './utils'\n\nmerge(1)\n"}
    assert diff_keys(base, change) == []
