"""Classes of input the thirteenth batch of unseen repositories (benchmarks/RESULTS.md, "Ecosystem
check: thirteenth batch") showed impact getting wrong, each as a small repository: the input that
gave a false finding or a crash, and its neighbour where the finding is true and stays."""

from __future__ import annotations

from conftest import diff_keys

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
