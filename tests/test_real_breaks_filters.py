"""The oracle of benchmarks/real_breaks.py leaves out what pyright cannot see without the
program running: an import below a module that registers modules at run time (urllib3's
vendored six, whose `moves` and `moves.urllib.parse` exist only in sys.modules)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))  # as the script runs

from benchmarks import real_breaks
from benchmarks.mutations.oracle import Diagnostic

SIX = "import sys\n\n\nclass _Importer:\n    pass\n\n\nsys.meta_path.append(_Importer())\n"


def _site(importer: str, name: str) -> Diagnostic:
    return Diagnostic(importer, 3, "reportMissingImports", f'Import "{name}" could not be resolved', "")


def _tree(tmp_path: Path, six: str) -> Path:
    for path, text in {"pkg/__init__.py": "", "pkg/packages/__init__.py": "",
                       "pkg/packages/six.py": six, "pkg/util/__init__.py": "",
                       "pkg/util/queue.py": ""}.items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(text)
    return tmp_path


def test_an_import_below_a_module_that_registers_modules_is_no_site(tmp_path):
    tree = _tree(tmp_path, SIX)
    assert real_breaks.registered_by_module(tree, [], _site("pkg/util/queue.py", "..packages.six.moves"))
    assert real_breaks.registered_by_module(tree, [], _site("test.py", "pkg.packages.six.moves.queue"))


def test_an_import_below_a_plain_module_or_of_a_missing_one_is_a_site(tmp_path):
    tree = _tree(tmp_path, "import sys\n\nprint(sys.modules['os'])\n")
    assert not real_breaks.registered_by_module(tree, [], _site("pkg/util/queue.py", "..packages.six.moves"))
    assert not real_breaks.registered_by_module(tree, [], _site("pkg/util/queue.py", ".gone"))


def _ignoring_tree(tmp_path: Path) -> Path:
    tree = tmp_path / "head"
    for path, text in {".gitignore": "dist\n/pkg/_version.py\n", "web/.gitignore": "gen/\n",
                       "pkg/__init__.py": "", "docs/example.js": "", "web/app.ts": ""}.items():
        (tree / path).parent.mkdir(parents=True, exist_ok=True)
        (tree / path).write_text(text)
    return tree


def _ts_site(importer: str, spec: str) -> Diagnostic:
    return Diagnostic(importer, 1, "TS2307", f"Cannot find module '{spec}' or its corresponding "
                      "type declarations.", "")


def test_an_import_of_an_ignored_build_output_is_no_site(tmp_path):
    tree = _ignoring_tree(tmp_path)
    assert real_breaks.ignored_target(tree, [], _ts_site("docs/example.js", "../dist/source/index.js"))
    assert real_breaks.ignored_target(tree, [], _ts_site("web/app.ts", "./gen/client"))
    assert real_breaks.ignored_target(tree, [], _site("pkg/__init__.py", "pkg._version"))
    assert real_breaks.ignored_target(tree, [], _site("pkg/__init__.py", "._version"))


def test_an_import_of_a_tracked_path_that_is_missing_is_a_site(tmp_path):
    tree = _ignoring_tree(tmp_path)
    assert not real_breaks.ignored_target(tree, [], _ts_site("docs/example.js", "../src/index.js"))
    assert not real_breaks.ignored_target(tree, [], _ts_site("web/app.ts", "../gen/client"))
    assert not real_breaks.ignored_target(tree, [], _site("pkg/__init__.py", "pkg.version"))
    assert not real_breaks.ignored_target(tree, [], _ts_site("web/app.ts", "../../outside"))
    assert not real_breaks.ignored_target(tree, [], _site("pkg/__init__.py", "....far"))


def _name_site(code: str, message: str) -> Diagnostic:
    return Diagnostic("test/a.test.ts", 3, code, message, "")


def test_a_test_runners_global_is_no_site():
    assert real_breaks.test_runner_global(_name_site("TS2304", "Cannot find name 'expect'."))
    assert real_breaks.test_runner_global(_name_site("TS2552", "Cannot find name 'vi'. Did you mean 'v'?"))
    assert real_breaks.test_runner_global(_name_site(
        "TS2582", "Cannot find name 'describe'. Do you need to install type definitions for a test "
                  "runner? Try `npm i --save-dev @types/jest` or `npm i --save-dev @types/mocha`."))


def test_another_missing_name_is_a_site():
    assert not real_breaks.test_runner_global(_name_site("TS2304", "Cannot find name 'Driver'."))
    assert not real_breaks.test_runner_global(_name_site("TS2304", "Cannot find name 'expected'."))
    assert not real_breaks.test_runner_global(_name_site("TS2305", "Module '\"./x\"' has no exported "
                                                          "member 'expect'."))


def test_an_import_whose_typescript_source_is_ignored_is_no_site(tmp_path):
    tree = tmp_path / "head"
    for path, text in {"pkg/.gitignore": "src/graphiql-html.ts\nsrc/graphiqlHTML.ts\n",
                       "pkg/src/plugins/use.ts": "", "pkg/src/server.ts": ""}.items():
        (tree / path).parent.mkdir(parents=True, exist_ok=True)
        (tree / path).write_text(text)
    assert real_breaks.ignored_target(tree, [], _ts_site("pkg/src/plugins/use.ts", "../graphiql-html.js"))
    assert real_breaks.ignored_target(tree, [], _ts_site("pkg/src/server.ts", "./graphiqlHTML"))
    assert not real_breaks.ignored_target(tree, [], _ts_site("pkg/src/server.ts", "./landing-page.js"))


def test_a_finding_only_at_an_oracle_site_judged_no_break_is_no_longer_confirmed():
    site = {"file": "wrapper.mjs", "line": 1, "code": "TS2307", "message": "m", "matched": True,
            "matched_any": True}
    real = {**site, "file": "a.ts"}
    finding = {"code": "IMP102", "severity": "error", "file": "wrapper.mjs", "line": 1,
               "symbol": "../cjs/index.js", "confirmed": True, "revision": "head", "consumers": None}
    other = {**finding, "file": "a.ts", "symbol": "./b"}
    record = {"repo": "o/n", "sha": "c" * 40, "oracle": "tsc", "oracle_sites": [site, real],
              "findings": [finding, other], "verdict": "caught"}
    verdicts = {real_breaks.site_id(record, site): {"verdict": False, "cause": "build-copy"}}
    [kept] = real_breaks.drop_false_sites([record], verdicts)
    assert [f["confirmed"] for f in kept["findings"]] == [False, True]
    assert kept["oracle_sites"] == [real]


def test_the_oracle_checks_files_naming_a_changed_module_with_its_package_first(tmp_path, monkeypatch):
    """Flagsmith 3104c5195e: of a large tree, the files naming some `views` fill the selection
    in path order before src/integrations/urls.py, which imports `.amplitude.views`."""
    monkeypatch.setattr(real_breaks, "MAX_WHOLE", {"python": 3, "typescript": 3})
    monkeypatch.setattr(real_breaks, "MAX_CHECKED", 3)
    files = {"src/a/x.py": "from . import views\n", "src/b/y.py": "from .views import v\n",
             "src/c/z.py": "import os\n", "src/integrations/urls.py": "from .amplitude.views import V\n",
             "src/integrations/amplitude/views.py": "V = 1\n"}
    for tree in ("base", "head"):
        for path, text in files.items():
            (tmp_path / tree / path).parent.mkdir(parents=True, exist_ok=True)
            (tmp_path / tree / path).write_text(text)
    changed = ["src/integrations/amplitude/views.py"]
    assert real_breaks.files_to_check((tmp_path / "base", tmp_path / "head"), "python", changed) == [
        "src/integrations/amplitude/views.py", "src/integrations/urls.py", "src/a/x.py"]


def test_the_oracle_gives_tsc_the_declaration_files_of_globals(tmp_path):
    """frappe/insights e0282bce49: `{} as QueryResult` in src2/query/query.ts names the global
    type of src2/types/query.d.ts (a script: no import, no export), which tsc reads only when
    given it; the oracle gave it code files alone, and reported `Cannot find name`. A module
    declaration file is read through its importers, one with `declare global` is given too."""
    files = {"src2/types/query.d.ts": "type QueryResult = {\n  rows: any[]\n}\n",
             "src2/types/env.d.ts": "export {}\ndeclare global {\n  interface Window { x: 1 }\n}\n",
             "src2/types/api.d.ts": "import { A } from './a'\nexport type B = A\n",
             "node_modules/pkg/index.d.ts": "type Internal = 1\n",
             "src2/query/query.ts": "export const q = {} as QueryResult\n"}
    for path, text in files.items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(text)
    assert real_breaks.global_declarations(tmp_path) == ["src2/types/env.d.ts", "src2/types/query.d.ts"]


def test_a_relative_import_above_the_repositorys_root_is_no_site():
    outside = _ts_site("frontend/src/socket.js", "../../../../sites/common_site_config.json")
    assert not real_breaks.is_local(outside, set(), ())
    assert real_breaks.is_local(_ts_site("frontend/src/socket.js", "../../shared/config.json"), set(), ())
    assert real_breaks.is_local(_ts_site("frontend/src/socket.js", "./gone"), set(), ())


def test_a_global_of_an_uninstalled_type_package_is_no_site():
    assert real_breaks.type_package_global(_name_site("TS2503", "Cannot find namespace 'React'."))
    assert real_breaks.type_package_global(_name_site("TS2503", "Cannot find namespace 'JSX'."))
    assert real_breaks.type_package_global(_name_site("TS2304", "Cannot find name 'global'."))
    assert real_breaks.type_package_global(_name_site(
        "TS2580", "Cannot find name 'process'. Do you need to install type definitions for node? "
                  "Try `npm i --save-dev @types/node`."))
    assert not real_breaks.type_package_global(_name_site("TS2503", "Cannot find namespace 'Prisma'."))
    assert not real_breaks.type_package_global(_name_site("TS2304", "Cannot find name 'globalThing'."))


def test_an_extra_argument_in_a_javascript_file_is_no_site():
    """homepage ff4eaa2cd9: `getLoginEndpoint({ prefix, req, widget })` of a default
    `() => "auth/login"` in src/utils/proxy/handlers/unifi.js runs; too few arguments, or too
    many in TypeScript, stays a site."""
    def site(file: str, message: str) -> Diagnostic:
        return Diagnostic(file, 85, "TS2554", message, "")
    assert real_breaks.extra_argument_in_javascript(site("src/unifi.js", "Expected 0 arguments, but got 1."))
    assert real_breaks.extra_argument_in_javascript(site("src/a.jsx", "Expected 1-2 arguments, but got 3."))
    assert not real_breaks.extra_argument_in_javascript(site("src/a.js", "Expected 2 arguments, but got 1."))
    assert not real_breaks.extra_argument_in_javascript(site("src/a.ts", "Expected 0 arguments, but got 1."))


def test_a_renamed_file_keeps_the_diagnostic_of_an_import_rewritten_to_its_new_place():
    message = ("Module '\"@theme/{}TOC/Container\"' has no exported member 'Props'. Did you mean to use "
               "'import Props from \"@theme/{}TOC/Container\"' instead?")
    before = Diagnostic("src/theme/TOC/Container/index.tsx", 4, "TS2614", message.format("", ""), "")
    after = Diagnostic("src/theme/Page/TOC/Container/index.tsx", 4, "TS2614",
                       message.format("Page/", "Page/"), "")
    renamed = {"src/theme/Page/TOC/Container/index.tsx": "src/theme/TOC/Container/index.tsx"}
    assert real_breaks.new_sites([before], [after], renamed) == []
    assert real_breaks.new_sites([], [after], renamed) == [after]
    other = Diagnostic(after.file, 5, "TS2305", 'Module \'"./gone"\' has no exported member \'x\'.', "")
    assert real_breaks.new_sites([before], [after, other], renamed) == [other]
    kept = Diagnostic("src/a.ts", 1, "TS2614", message.format("", ""), "")
    unrenamed = Diagnostic("src/a.ts", 1, "TS2614", message.format("Page/", "Page/"), "")
    assert real_breaks.new_sites([kept], [unrenamed], {}) == [unrenamed]


def test_an_import_of_an_ignored_package_is_no_site(tmp_path):
    tree = tmp_path / "head"
    for path, text in {".gitignore": "app/pkg/frontend\n", "app/pkg/__init__.py": "",
                       "app/pkg/tasks/setup.py": ""}.items():
        (tree / path).parent.mkdir(parents=True, exist_ok=True)
        (tree / path).write_text(text)
    assert real_breaks.ignored_target(tree, [], _site("app/pkg/tasks/setup.py", "..frontend"))
    assert not real_breaks.ignored_target(tree, [], _site("app/pkg/tasks/setup.py", "..backend"))


def test_an_import_a_try_guards_against_import_errors_is_no_site(tmp_path):
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg/start.py").write_text(
        "def start():\n    try:\n        import other.updater\n    except ImportError:\n        pass\n"
        "    try:\n        import other.needed\n    except KeyError:\n        pass\n"
        "    import other.plain\n")
    def site(line: int) -> Diagnostic:
        return Diagnostic("pkg/start.py", line, "reportMissingImports", 'Import "x" could not be resolved', "")
    assert real_breaks.guarded_import(tmp_path, site(3))
    assert not real_breaks.guarded_import(tmp_path, site(7))
    assert not real_breaks.guarded_import(tmp_path, site(10))
