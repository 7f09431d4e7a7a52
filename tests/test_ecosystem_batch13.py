"""Classes of input the thirteenth batch of unseen repositories (benchmarks/RESULTS.md, "Ecosystem
check: thirteenth batch") showed impact getting wrong, each as a small repository: the input that
gave a false finding or a crash, and its neighbour where the finding is true and stays."""

from __future__ import annotations

from conftest import diff_files, diff_keys

# open-telemetry/opentelemetry-python-contrib: every instrumentation is a distribution whose
# `src/opentelemetry/` has no __init__.py, a portion of the namespace package `opentelemetry`
# that opentelemetry-api and opentelemetry-semantic-conventions (installed, not in the
# repository) extend with `opentelemetry/trace/`, `opentelemetry/semconv/`, ...
INSTRUMENTATION = {
    "instrumentation/flask/pyproject.toml": (
        '[project]\nname = "opentelemetry-instrumentation-flask"\n'
        'dependencies = ["opentelemetry-api ~= 1.12", "opentelemetry-instrumentation"]\n'),
    "instrumentation/flask/src/opentelemetry/instrumentation/flask/__init__.py":
        "def instrument():\n    pass\n",
    "opentelemetry-instrumentation/pyproject.toml": '[project]\nname = "opentelemetry-instrumentation"\n',
    "opentelemetry-instrumentation/src/opentelemetry/instrumentation/utils.py":
        "def unwrap():\n    pass\n",
    "tests/kafka/test_kafka.py": "def test():\n    pass\n",
    "tests/helpers/__init__.py": "",  # makes tests/ a source root: it holds a package
    "tests/requirements.txt": "kafka-python==2.0\n",
}
USE = "instrumentation/flask/src/opentelemetry/instrumentation/flask/use.py"


def test_a_namespace_package_an_installed_distribution_extends_may_have_more_modules():
    """otel-contrib b969716920: "module `opentelemetry.metrics` does not exist in this revision"
    (1,328 such IMP102 in one revision, and 227 IMP101 for `from opentelemetry import trace`):
    the namespace package's `__path__` spans the installed portions too, as pyright resolves it."""
    change = {USE: ("import opentelemetry.semconv.attributes.db_attributes as db\n"
                    "from opentelemetry import trace\nfrom opentelemetry.metrics import get_meter\n"
                    "import opentelemetry\n\n"
                    "trace.get_tracer(db.X, get_meter(), opentelemetry.context)\n")}
    assert diff_keys(INSTRUMENTATION, change) == []


def test_a_directory_named_like_an_installed_distribution_does_not_hide_it():
    """otel-contrib 15df5b0902: tests/kafka/ (no __init__.py) in a source root, beside
    `kafka-python` in a requirements file: `from kafka import KafkaProducer` and `kafka.admin` are the installed
    package's."""
    change = {"tests/kafka/test_more.py": ("from kafka import KafkaProducer\nimport kafka.admin\n\n"
                                           "KafkaProducer(kafka.admin)\n")}
    assert diff_keys(INSTRUMENTATION, change) == []


def test_a_missing_module_of_a_regular_package_in_the_namespace_is_still_reported():
    change = {USE: "from opentelemetry.instrumentation.flask import gone\n"
                   "import opentelemetry.instrumentation.flask.missing\n"}
    assert diff_keys(INSTRUMENTATION, change) == [
        ("IMP101", USE, 1, "gone"),
        ("IMP102", USE, 2, "opentelemetry.instrumentation.flask.missing")]


def test_a_namespace_package_only_the_repository_builds_is_still_checked():
    """The distributions named like it are the repository's own (opentelemetry-python, where
    opentelemetry-sdk depends on opentelemetry-api): what its portions lack is missing."""
    base = {
        "api/pyproject.toml": '[project]\nname = "opentelemetry-api"\n',
        "api/src/opentelemetry/trace/__init__.py": "def get_tracer():\n    pass\n",
        "sdk/pyproject.toml": '[project]\nname = "opentelemetry-sdk"\ndependencies = ["opentelemetry-api"]\n',
        "sdk/src/opentelemetry/sdk/__init__.py": "",
    }
    change = {"sdk/src/opentelemetry/sdk/use.py": "from opentelemetry import metrics\n"
                                                  "import opentelemetry.semconv\n"}
    assert diff_keys(base, change) == [
        ("IMP101", "sdk/src/opentelemetry/sdk/use.py", 1, "metrics"),
        ("IMP102", "sdk/src/opentelemetry/sdk/use.py", 2, "opentelemetry.semconv")]


# aimhubio/aim: aim/web/ui (create-react-app, `"skipLibCheck": true`) keeps its prop types in
# src/types/**/*.d.ts files that import names the modules no longer export: tsc checks no
# declaration file then, and reports nothing there (the name becomes `any`)
def _declaration_import(skip_lib_check: str | None) -> dict:
    options = f'{{"compilerOptions": {{"skipLibCheck": {skip_lib_check}}}}}' if skip_lib_check \
        else '{"compilerOptions": {"strict": true}}'
    return {
        "ui/tsconfig.base.json": options,
        "ui/tsconfig.json": '{"extends": "./tsconfig.base.json", "include": ["src"]}',
        "ui/src/config.ts": "export enum RowHeight { md = 28 }\nexport const other = 1;\n",
        "ui/src/types/Table.d.ts": "import { RowHeight } from '../config';\n"
                                   "export interface ITableProps { rowHeight: RowHeight }\n",
        "ui/src/Table.tsx": "import { other } from './config';\nexport const x = other;\n",
    }


REMOVAL = {"ui/src/config.ts": "export const other = 1;\n"}


def _import_findings(base: dict) -> list[tuple[str, str, str]]:
    return [(f.code, f.file, f.severity) for f in diff_files(base, REMOVAL).findings
            if f.code != "IMP201"]


def test_an_import_of_a_declaration_file_tsc_skips_is_a_warning():
    """aim 753f4b1843 (`impact diff --all`): 29 IMP101 errors in src/types/**/*.d.ts."""
    assert _import_findings(_declaration_import("true")) == [
        ("IMP101", "ui/src/types/Table.d.ts", "warning")]


def test_an_import_of_a_declaration_file_tsc_checks_is_still_an_error():
    for options in (None, "false"):
        assert _import_findings(_declaration_import(options)) == [
            ("IMP101", "ui/src/types/Table.d.ts", "error")]
