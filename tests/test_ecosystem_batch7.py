"""Classes of input the seventh batch of unseen repositories (benchmarks/RESULTS.md, "Ecosystem
check: seventh batch") showed impact getting wrong, each as a real repository: the input that
gave a false finding, and its neighbour where the finding is true and stays."""

from __future__ import annotations

import pytest
from conftest import build_repo, diff_keys, run_impact
from fixture_repo import commit_all, git

# open-telemetry/opentelemetry-python 0a5d76b65094: BoundedAttributes' constructor became two
# `@overload` declarations (the second, deprecated, keeps `extended_attributes`) and an
# implementation that takes every parameter
CONSTRUCTOR_BEFORE = '''class BoundedAttributes:
    def __init__(self, maxlen=None, attributes=None, extended_attributes=False):
        self.maxlen = maxlen
'''
OVERLOADED_CONSTRUCTOR = '''from typing import overload
from typing_extensions import deprecated


class BoundedAttributes:
    @overload
    def __init__(self, maxlen: int | None = None, attributes: dict | None = None) -> None: ...

    @{decorator}
    @deprecated("`extended_attributes` is no longer used")
    def __init__(self, maxlen: int | None = None, attributes: dict | None = None,
                 extended_attributes: bool = False) -> None: ...

    def __init__(self, maxlen=None, attributes=None, extended_attributes=False):
        self.maxlen = maxlen
'''
BUILDS_ATTRIBUTES = "from attributes import BoundedAttributes\n\n" \
                    "record = BoundedAttributes(maxlen=1, extended_attributes=True)\n"


@pytest.mark.parametrize("decorator", ["overload", "typing.overload"])
def test_a_call_is_judged_against_the_constructor_an_overloaded_init_ends_with(decorator):
    """otel 0a5d76b65094: `BoundedAttributes(..., extended_attributes=True)` was reported as
    fitting no `__init__`, judged against the first `@overload`; the implementation after the
    overloads (the one that runs) and the second overload (the one pyright matches) take it."""
    head = OVERLOADED_CONSTRUCTOR.format(decorator=decorator)
    if decorator.startswith("typing."):
        head = "import typing\n" + head
    assert diff_keys({"attributes.py": CONSTRUCTOR_BEFORE, "logs.py": BUILDS_ATTRIBUTES},
                     {"attributes.py": head}) == []


def test_a_parameter_the_constructor_after_the_overloads_drops_still_breaks_its_callers():
    """The implementation no longer takes `extended_attributes` (nor does any overload): the
    call fails at run time and pyright reports it."""
    head = OVERLOADED_CONSTRUCTOR.format(decorator="overload").replace(
        ",\n                 extended_attributes: bool = False) -> None: ...", ") -> None: ...") \
        .replace("attributes=None, extended_attributes=False):", "attributes=None):")
    assert diff_keys({"attributes.py": CONSTRUCTOR_BEFORE, "logs.py": BUILDS_ATTRIBUTES},
                     {"attributes.py": head}) == [("IMP202", "logs.py", 3, "BoundedAttributes")]


def test_a_constructor_declared_only_by_overloads_has_no_single_signature():
    """A class body with `@overload` declarations of `__init__` and no implementation (a stub,
    a Protocol): which of them a call matches is the type checker's to say."""
    head = "from typing import overload\n\n\nclass BoundedAttributes:\n" \
           "    @overload\n    def __init__(self, maxlen: int) -> None: ...\n\n" \
           "    @overload\n    def __init__(self, maxlen: int, extended_attributes: bool) -> None: ...\n"
    assert diff_keys({"attributes.py": CONSTRUCTOR_BEFORE, "logs.py": BUILDS_ATTRIBUTES},
                     {"attributes.py": head}) == []


# unjs/nitro 2040cd575adc: a new Cloudflare preset names `DurableObjectState`, a global type of
# @cloudflare/workers-types (a devDependency), while another module defines a type of that name
# for itself
WORKERS_PRESET = {
    "package.json": '{"name": "nitro", "devDependencies": {"@cloudflare/workers-types": "^4"}}\n',
    "tsconfig.json": '{"compilerOptions": {"strict": true}}\n',
    "src/cloudflare/types.ts": "import type { DurableObject } from 'cloudflare:workers';\n"
                               "type DurableObjectState = ConstructorParameters<typeof "
                               "DurableObject>[0];\n"
                               "export interface Hooks { init: (state: DurableObjectState) => "
                               "void }\n",
}
DURABLE_OBJECT = "import type * as CF from '@cloudflare/workers-types';\n" \
                 "import { DurableObject } from 'cloudflare:workers';\n\n" \
                 "export class Durable extends DurableObject {\n" \
                 "  constructor(state: DurableObjectState, env: Record<string, unknown>) {\n" \
                 "    super(state, env);\n  }\n}\n"


def test_a_global_type_of_a_runtime_types_dependency_is_not_judged_by_a_local_namesake():
    """nitro 2040cd575adc: `constructor(state: DurableObjectState, ...)` without an import was
    reported as undefined because src/cloudflare/types.ts defines a type of that name; tsc finds
    the global one @cloudflare/workers-types declares."""
    assert diff_keys(WORKERS_PRESET, {"src/cloudflare/durable.ts": DURABLE_OBJECT}) == []


def test_a_type_a_module_defines_is_judged_without_a_runtime_types_dependency():
    """Without such a dependency the name is the repository's own type, and a module naming it
    without an import fails tsc's check."""
    base = {**WORKERS_PRESET, "package.json": '{"name": "nitro"}\n'}
    assert diff_keys(base, {"src/cloudflare/durable.ts": DURABLE_OBJECT}) == [
        ("IMP105", "src/cloudflare/durable.ts", 5, "DurableObjectState")]


def test_a_type_the_module_itself_stops_defining_is_judged_with_a_runtime_types_dependency():
    """The module defined the type and the change removed it, leaving a use: with or without
    global types around, the module's own name is gone (tsc reports it unless a global of that
    name exists, which the module's own definition shadowed)."""
    before = "interface Options { verbose: boolean }\n" \
             "export function run(options: Options) { return options; }\n"
    after = "export function run(options: Options) { return options; }\n"
    assert diff_keys({**WORKERS_PRESET, "src/run.ts": before}, {"src/run.ts": after}) == [
        ("IMP105", "src/run.ts", 1, "Options")]


# nodejs/undici: test/cache-interceptor/cache-tests-worker.mjs imports the test engine of
# test/fixtures/cache-tests, a git submodule (http-tests/cache-tests)
WORKER = "import {{ runTests }} from '../fixtures/cache-tests/test-engine/client/runner.mjs'\n" \
         "import tests from '../fixtures/cache-tests/tests/index.mjs'\n\n" \
         "export default async function run () {{\n  {body}\n}}\n"


def repository_with_a_submodule(path, worker_after: str):
    """A repository whose test/fixtures/cache-tests is a gitlink (a submodule never checked
    out, as in a clone without `--recurse-submodules`), then a commit that changes the worker."""
    repo = build_repo(path, [{"package.json": '{"name": "undici", "type": "commonjs"}\n',
                              "test/cache-interceptor/cache-tests-worker.mjs":
                                  WORKER.format(body="return runTests(tests)"),
                              "test/fixtures/cert.pem": "---\n"}])
    git(repo, "update-index", "--add", "--cacheinfo",
        f"160000,{git(repo, 'rev-parse', 'HEAD').strip()},test/fixtures/cache-tests")
    (repo / "test/fixtures/cache-tests").mkdir()  # as `git clone` leaves a submodule's directory
    (repo / ".gitmodules").write_text('[submodule "test/fixtures/cache-tests"]\n'
                                      "\tpath = test/fixtures/cache-tests\n"
                                      "\turl = https://github.com/http-tests/cache-tests\n")
    commit_all(repo, "the cache tests, as a submodule")
    (repo / "test/cache-interceptor/cache-tests-worker.mjs").write_text(worker_after)
    commit_all(repo, "the worker changes")
    return repo


def test_an_import_of_a_file_in_a_git_submodule_is_not_reported_missing(tmp_path):
    """undici: `import ... from '../fixtures/cache-tests/tests/index.mjs'`, a file of the
    submodule at test/fixtures/cache-tests: not in the revision's tree, but there once the
    submodule is checked out (tsc and node find it then), so no IMP102."""
    repo = repository_with_a_submodule(tmp_path / "repo", WORKER.format(
        body="const results = await runTests(tests)\n  return results"))
    result = run_impact(repo, "diff", "HEAD~1", "HEAD", "--format", "json", "--all", "-v")
    assert result.exit_code == 0, result.stdout
    assert result.findings == []
    assert "is in the git submodule test/fixtures/cache-tests" in result.stderr


def test_an_import_of_a_missing_file_beside_a_git_submodule_is_still_reported(tmp_path):
    """A file of the repository's own test/fixtures that is not there: IMP102 as before."""
    worker = WORKER.format(body="return runTests(tests)") + \
        "export { key } from '../fixtures/key.mjs'\n"
    repo = repository_with_a_submodule(tmp_path / "repo", worker)
    result = run_impact(repo, "diff", "HEAD~1", "HEAD", "--format", "json")
    assert [(f["code"], f["file"], f["symbol"]) for f in result.findings] == [
        ("IMP102", "test/cache-interceptor/cache-tests-worker.mjs", "../fixtures/key.mjs")]


# nodejs/undici lib/core/util.js: JSDoc type predicates, `@returns {obj is Stream}`
STREAM_CHECKS = "class Stream {}\n\n" \
                "/**\n * @param {*} obj\n * @returns {obj is Stream}\n */\n" \
                "function isStream (obj) { return obj instanceof Stream }\n\n" \
                "/**\n * @param {*} value\n * @returns {asserts value}\n */\n" \
                "function assert (value) { if (!value) throw new Error('no') }\n\n" \
                "/**\n * @param {number} code\n * @returns {code is (0x0a | 0x0d)}\n */\n" \
                "function isNewline (code) { return code === 0x0a || code === 0x0d }\n\n" \
                "module.exports = { Stream, isStream, assert, isNewline }\n"


def test_the_parameter_of_a_jsdoc_type_predicate_is_no_type_name():
    """undici (under --all, 12 IMP105 warnings): `@returns {obj is import('node:stream').Stream}`
    names the parameter `obj`, which the predicate is about, as `asserts value` does: no type."""
    assert diff_keys({"lib/util.js": "module.exports = {}\n"}, {"lib/util.js": STREAM_CHECKS}) == []


def test_a_type_a_jsdoc_type_predicate_names_is_still_judged():
    """The type after `is` is a type: the class the module stopped defining is reported."""
    assert diff_keys({"lib/util.js": STREAM_CHECKS}, {"lib/util.js": STREAM_CHECKS.replace(
        "class Stream {}\n", "").replace("{ Stream, ", "{ ").replace(
        "obj instanceof Stream", "obj != null")}) == [("IMP105", "lib/util.js", 4, "Stream")]


# dgtlmoon/changedetection.io 71d332d5a0d3: a Flask blueprint's template sets a page global in
# an inline script for the static script it loads
ADD_WATCH_TEMPLATE = '{% extends "base.html" %}\n{% block content %}\n<form id="add-watch">' \
                     '</form>\n<script>\n' \
                     '    const add_watch_snapshot_url = "{{ url_for(\'add_watch_ui.snapshot\') }}";\n' \
                     '</script>\n<script src="{{ url_for(\'add_watch_ui.static\', ' \
                     'filename=\'add-watch.js\') }}"></script>\n{% endblock %}\n'
ADD_WATCH_SCRIPT = "document.getElementById('add-watch').addEventListener('submit', () => {\n" \
                   "    fetch(URL).then((response) => response.json());\n});\n"


def test_a_name_an_inline_script_of_a_template_binds_is_a_page_global():
    """changedetection.io 71d332d5a0d3: static/add-watch.js uses `add_watch_snapshot_url`,
    which the template that loads it binds in an inline `<script>` (a classic script's
    top-level `const` is a global of the page): no IMP105."""
    base = {"app/__init__.py": "", "app/add_watch_ui/__init__.py": ""}
    head = {"app/add_watch_ui/templates/add-watch-ui.html": ADD_WATCH_TEMPLATE,
            "app/add_watch_ui/static/add-watch.js":
                ADD_WATCH_SCRIPT.replace("URL", "add_watch_snapshot_url")}
    assert diff_keys(base, head) == []


def test_a_name_no_page_and_no_script_binds_is_still_undefined():
    """A name nothing binds, with the same template beside it, is reported as before."""
    base = {"app/__init__.py": "", "app/add_watch_ui/__init__.py": ""}
    head = {"app/add_watch_ui/templates/add-watch-ui.html": ADD_WATCH_TEMPLATE,
            "app/add_watch_ui/static/add-watch.js": ADD_WATCH_SCRIPT.replace("URL", "snapshot_url")}
    assert diff_keys(base, head) == [
        ("IMP105", "app/add_watch_ui/static/add-watch.js", 2, "snapshot_url")]


# open-telemetry/opentelemetry-python: a protoc stub generated for Python 2 and 3 alike
STUB_BEFORE = "import sys\n\nbuiltin___bytes = bytes\n\n\nclass Span:\n    pass\n"


@pytest.mark.parametrize("test, branch", [
    ("sys.version_info >= (3,)", "else"),
    ("sys.version_info[0] == 3", "else"),
    ("sys.version_info < (3, 0)", "if"),
    ("sys.version_info.major == 2", "if"),
])
def test_a_name_in_a_branch_only_python_2_runs_is_not_judged(test, branch):
    """zipkin_pb2.pyi (under --all, 12 IMP105): `builtin___buffer` and `builtin___unicode`
    only in the `else` of `if sys.version_info >= (3,)`, which pyright reads as unreachable."""
    python2 = "def FromString(cls, s: Union[builtin___bytes, builtin___buffer]) -> Span: ..."
    python3 = "def FromString(cls, s: builtin___bytes) -> Span: ..."
    first, second = (python3, python2) if branch == "else" else (python2, python3)
    head = STUB_BEFORE.replace("    pass\n", f"    if {test}:\n        @classmethod\n"
                               f"        {first}\n    else:\n        @classmethod\n"
                               f"        {second}\n")
    head = "from typing import Union\n" + head
    assert diff_keys({"gen/span_pb2.pyi": STUB_BEFORE}, {"gen/span_pb2.pyi": head}) == []


@pytest.mark.parametrize("test", ["sys.version_info >= (3, 8)", "sys.version_info < (3, 11)"])
def test_a_name_in_a_branch_a_python_3_may_run_is_still_judged(test):
    """A test of the minor version: some Python 3 runs either branch, and the name fails there."""
    head = STUB_BEFORE.replace("    pass\n", f"    if {test}:\n        x = builtin___buffer\n"
                               f"    else:\n        x = builtin___unicode\n")
    assert diff_keys({"gen/span_pb2.py": STUB_BEFORE}, {"gen/span_pb2.py": head}) == [
        ("IMP105", "gen/span_pb2.py", 8, "builtin___buffer"),
        ("IMP105", "gen/span_pb2.py", 10, "builtin___unicode")]


# open-telemetry/opentelemetry-python: each distribution is a src layout whose top package,
# `opentelemetry`, is a namespace package (no __init__.py) holding regular packages
def otel_distribution(name: str, package: str, code: str) -> dict:
    return {f"{name}/pyproject.toml": f'[project]\nname = "{name}"\n',
            f"{name}/src/opentelemetry/{package}/__init__.py": code}


NAMESPACE_LAYOUT = {
    **otel_distribution("opentelemetry-api", "trace", "def get_tracer(): ...\n"),
    **otel_distribution("exporter/otlp-grpc", "exporter/otlp/proto/grpc",
                        "from grpc import ChannelCredentials, insecure_channel\n"),
    "exporter/otlp-grpc/src/opentelemetry/exporter/otlp/proto/grpc/exporter.py":
        "from grpc import ChannelCredentials\n",
}


def test_a_namespace_package_inside_a_src_layout_is_no_source_root():
    """opentelemetry-python (under --all, 50 IMP101 + 24 IMP103 and more): `from grpc import
    ChannelCredentials` (the installed grpcio) was resolved to the repository's
    `opentelemetry/exporter/otlp/proto/grpc/` package, because the namespace directories
    inside each `src/` (`.../src/opentelemetry/exporter/otlp/proto`) were taken for source
    roots: they are packages of the project, imported by their full dotted names."""
    head = {"exporter/otlp-grpc/src/opentelemetry/exporter/otlp/proto/grpc/exporter.py":
            "from grpc import ChannelCredentials, StatusCode\n"}
    assert diff_keys(NAMESPACE_LAYOUT, head) == []


def test_a_module_of_a_namespace_package_in_a_src_layout_is_still_resolved():
    """Its dotted name still reaches it, and a name it no longer defines is reported."""
    base = {**NAMESPACE_LAYOUT, "app/main.py": "from opentelemetry.trace import get_tracer\n"}
    head = {"opentelemetry-api/src/opentelemetry/trace/__init__.py": "def tracer(): ...\n"}
    assert diff_keys(base, head) == [("IMP101", "app/main.py", 1, "get_tracer")]


# TracecatHQ/tracecat: the project installs its own workspace packages (`tracecat-registry`),
# whose regular packages hold directories without __init__.py (`tracecat_registry/core/`)
INSTALLED_WORKSPACE = {
    "pyproject.toml": '[project]\nname = "tracecat"\ndependencies = ["tracecat-registry"]\n',
    "packages/tracecat-registry/pyproject.toml": '[project]\nname = "tracecat-registry"\n',
    "packages/tracecat-registry/tracecat_registry/__init__.py": "",
    "packages/tracecat-registry/tracecat_registry/core/http.py": "def request(): ...\n",
}


def test_a_namespace_subpackage_of_an_installed_regular_package_is_resolved():
    """tracecat (under --all, 36 IMP102): `from tracecat_registry.core import http`, where
    core/ has no __init__.py inside the regular package tracecat_registry/, which the project
    also installs: a namespace subpackage, found by Python, not a missing module."""
    head = {"tests/test_core_http.py": "from tracecat_registry.core import http\n\n"
                                       "response = http.request()\n"}
    assert diff_keys(INSTALLED_WORKSPACE, head) == []


def test_a_missing_module_of_an_installed_regular_package_is_still_reported():
    head = {"tests/test_core_http.py": "from tracecat_registry.gone import http\n"}
    assert diff_keys(INSTALLED_WORKSPACE, head) == [
        ("IMP102", "tests/test_core_http.py", 1, "tracecat_registry.gone")]


# polarsource/polar: the TypeScript SDK generator's templates (Jinja) name modules it renders
@pytest.mark.parametrize("spec", ["./services/{{ service.name | snake }}",
                                  "./models/{% if x %}a{% endif %}", "./<%= name %>"])
def test_an_import_written_with_template_syntax_is_not_resolved(spec):
    """polar (under --all): sdk/generator/typescript/template/src/version/client.ts imports
    `./services/{{ service.name | snake }}`: a template a generator renders, no path."""
    head = {"template/src/client.ts": f"import {{ Service }} from '{spec}';\n"
                                      "export const client = new Service();\n"}
    assert diff_keys({"package.json": '{"name": "sdk"}\n'}, head) == []


def test_an_import_of_a_missing_file_beside_templates_is_still_reported():
    head = {"template/src/client.ts": "import { Service } from './services/users';\n"
                                      "export const client = new Service();\n"}
    assert diff_keys({"package.json": '{"name": "sdk"}\n'}, head) == [
        ("IMP102", "template/src/client.ts", 1, "./services/users")]


# huntabyte/shadcn-svelte: Svelte 5 components with generic type parameters
GENERIC_FIELD = '<script lang="ts" generics="T extends Record<string, unknown>, U extends ' \
                'FormPath<T>">\n\timport type { FormPath } from "./types";\n' \
                '\timport { Field } from "./field";\n\n' \
                '\tlet { form, name }: { form: T; name: U } = $props();\n</script>\n\n' \
                '<Field {form} {name} />\n'


COMPONENT_SOURCES = [
    ("src/form-field.svelte", GENERIC_FIELD),
    ("src/FormField.vue", GENERIC_FIELD.replace("generics=", "generic=").replace(
        "$props()", "defineProps()").replace("<Field {form} {name} />",
                                             "<template><Field :form /></template>")),
]
FORM_MODULES = {"src/types.ts": "export type FormPath<T> = keyof T;\n",
                "src/field.ts": "export const Field = {};\n"}


@pytest.mark.parametrize("path, source", COMPONENT_SOURCES)
def test_a_component_script_whose_generics_attribute_holds_a_bracket_is_read_whole(path, source):
    """shadcn-svelte (under --all, 4 IMP301): `<script lang="ts" generics="T extends
    Record<string, unknown>">`: the `>` inside the quoted attribute ended the tag, so the
    script was read from the middle of the attribute, a syntax error (IMP301 for every new
    such component). Now the script is read whole, and its imports are judged."""
    assert diff_keys(FORM_MODULES, {path: source}) == []
    assert diff_keys({**FORM_MODULES, path: source}, {"src/field.ts": "export const Input = {};\n"}) \
        == [("IMP101", path, 3, "Field")]


@pytest.mark.parametrize("path, source", COMPONENT_SOURCES)
def test_a_component_script_with_a_real_syntax_error_is_still_reported(path, source):
    broken = source.replace("let { form, name }", "let { form, name")
    assert [key[0] for key in diff_keys(FORM_MODULES, {path: broken})] == ["IMP301"]
