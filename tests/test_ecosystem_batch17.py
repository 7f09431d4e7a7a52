"""Classes of input the seventeenth batch of unseen repositories (benchmarks/RESULTS.md,
"Ecosystem check: seventeenth batch") showed impact getting wrong, each as a small repository:
the input that gave a false finding, and its neighbour where the finding is true and stays."""

from __future__ import annotations

import json

from conftest import diff_keys, diff_result

# assafelovic/gpt-researcher: frontend/index.html loads DOMPurify from a CDN <script> tag, and
# the plain script frontend/scripts.js uses it behind `typeof DOMPurify !== 'undefined'`; the
# Next.js app beside it imports `DOMPurify` from 'isomorphic-dompurify', so the name is one the
# repository binds at top level
PAGE = {
    "frontend/index.html": ('<script src="https://cdn.jsdelivr.net/npm/dompurify/dist/purify.min.js">'
                            '</script>\n<script src="/site/scripts.js"></script>\n'),
    "frontend/scripts.js": "function show(html) {\n  return html;\n}\n",
    "frontend/nextjs/helpers/markdown.ts": ("import DOMPurify from 'isomorphic-dompurify';\n\n"
                                            "export const clean = (h: string) => DOMPurify.sanitize(h);\n"),
}
GUARDED = ("function show(html) {\n  if (typeof DOMPurify !== 'undefined') {\n"
           "    return DOMPurify.sanitize(html);\n  }\n  return html;\n}\n")


def test_a_global_the_script_probes_with_typeof_is_not_judged():
    """gpt-researcher 18d4051669: "`DOMPurify` is not defined: nothing in this scope imports or
    defines it" at frontend/scripts.js:1047, inside the `typeof` guard."""
    assert diff_keys(PAGE, {"frontend/scripts.js": GUARDED}) == []


def test_a_name_the_script_never_probes_is_still_judged():
    unguarded = "function show(html) {\n  return DOMPurify.sanitize(html);\n}\n"
    assert diff_keys(PAGE, {"frontend/scripts.js": unguarded}) == [
        ("IMP105", "frontend/scripts.js", 2, "DOMPurify")]


def test_a_module_whose_import_was_removed_is_judged_unless_it_probes_the_name():
    base = {"src/lib.ts": "export const helper = () => 1;\n",
            "src/use.ts": "import { helper } from './lib';\n\nexport const a = helper();\n"}
    assert diff_keys(base, {"src/use.ts": "export const a = helper();\n"}) == [
        ("IMP105", "src/use.ts", 1, "helper")]
    probed = "export const a = typeof helper === 'function' ? helper() : 0;\n"
    assert diff_keys(base, {"src/use.ts": probed}) == []


# google/mesop: Bazel's py_proto_library makes mesop/protos/ui_pb2.py from mesop/protos/ui.proto
# (no .gitignore: Bazel writes into bazel-bin/); every component imports its own `x_pb2`
PROTOS = {
    "mesop/__init__.py": "",
    "mesop/protos/__init__.py": "",
    "mesop/protos/ui.proto": 'syntax = "proto3";\npackage mesop;\nmessage Key { string key = 1; }\n',
    "mesop/protos/BUILD": 'py_proto_library(name = "ui_py_pb2", deps = [":ui_proto"])\n',
    "mesop/state.py": "X = 1\n",
}


def test_a_module_protoc_makes_from_the_proto_file_beside_it_is_not_missing():
    """mesop (`--all` at 74e6f11c0e): 55 "module `mesop.protos.ui_pb2` does not exist"."""
    change = {"mesop/state.py": "import mesop.protos.ui_pb2 as pb\n"
                                "from mesop.protos import ui_pb2_grpc\n\nX = pb.Key\n"}
    assert diff_keys(PROTOS, change) == []


def test_a_pb2_module_with_no_proto_file_beside_it_is_still_missing():
    change = {"mesop/state.py": "import mesop.protos.events_pb2 as pb\n\nX = pb.Key\n"}
    assert diff_keys(PROTOS, change) == [("IMP102", "mesop/state.py", 1, "mesop.protos.events_pb2")]


# google/mesop: mesop/web/external/marked.ts papers over `export =` with an exported import alias
# (`import * as markedImport from 'marked'; export import marked = markedImport;`)
MARKED = {
    "web/external/marked.ts": ("import * as markedImport from 'marked';\n\n"
                               "export import marked = markedImport;\n"),
    "web/box.ts": "export const box = 1;\n",
}


def test_an_exported_import_alias_is_an_export():
    """mesop (`--all` at 74e6f11c0e): "`marked` is imported from '../../external/marked'
    (mesop/web/external/marked.ts), which does not export it"."""
    change = {"web/box.ts": "import { marked } from './external/marked';\n\n"
                            "export const box = marked.parse('x');\n"}
    assert diff_keys(MARKED, change) == []


def test_a_name_the_alias_module_does_not_export_is_still_reported():
    change = {"web/box.ts": "import { markedImport } from './external/marked';\n\n"
                            "export const box = markedImport.parse('x');\n"}
    assert diff_keys(MARKED, change) == [("IMP101", "web/box.ts", 1, "markedImport")]


# ngxs/store: tutorials/create-app is a TutorialKit tutorial; each lesson's `_files/` and
# `_solution/` hold only what the lesson changes, laid over src/templates/ngxs/
TUTORIAL = "tutorials/create-app/src"
LESSON = f"{TUTORIAL}/content/tutorial/1-create-a-todo-app/2-installation/2-create-store"
TEMPLATE = {
    f"{TUTORIAL}/templates/ngxs/src/app/todo/todo.service.ts": "export class TodoService {}\n",
    f"{TUTORIAL}/templates/ngxs/src/app/todo/types/todo.ts": "export interface Todo { id: number }\n",
    f"{TUTORIAL}/templates/ngxs/package.json": '{"name": "ngxs-template"}\n',
    f"{LESSON}/content.md": "---\ntype: lesson\ntemplate: ngxs\n---\n",
    f"{LESSON}/_files/src/app/todo/store/todo.actions.ts": "export class Load {}\n",
}
STATE = "/src/app/todo/store/todo.state.ts"


def test_a_lesson_file_imports_what_its_template_holds():
    """ngxs/store (`--all` at b5da8ad479): 23 "cannot resolve '../todo.service': no such file"
    in lessons' `_files/` and `_solution/`."""
    state = ("import { TodoService } from '../todo.service';\nimport type { Todo } from '../types/todo';\n"
             "import { Load } from './todo.actions';\n\n"
             "export const make = (t: Todo) => [new TodoService(), new Load(), t];\n")
    change = {f"{LESSON}/_files{STATE}": state, f"{LESSON}/_solution{STATE}": state}
    assert diff_keys(TEMPLATE, change) == []  # `./todo.actions` from `_solution/`: in `_files/`


def test_a_lesson_file_still_misses_what_no_template_holds():
    change = {f"{LESSON}/_files{STATE}": "import { TodoApi } from '../todo.api';\n\n"
                                          "export const api = TodoApi;\n"}
    assert diff_keys(TEMPLATE, change) == [("IMP102", f"{LESSON}/_files{STATE}", 1, "../todo.api")]


# hey-api/openapi-ts: the compilers' tests compare what they print with files in
# `__snapshots__/` (vitest's `toMatchFileSnapshot`): fragments in TypeScript and Python
SNAPSHOTS = "packages/openapi-ts/src/ts-compiler/__snapshots__/nodes"
PY_SNAPSHOTS = "packages/openapi-python/src/py-compiler/__snapshots__/nodes"
COMPILER = {
    "packages/openapi-ts/package.json": '{"name": "@hey-api/openapi-ts"}\n',
    "packages/openapi-ts/src/ts-compiler/print.ts": "export const print = (n: unknown) => String(n);\n",
}


def test_a_test_runners_snapshot_is_not_checked():
    """openapi-ts (`--all` at 03f9c54027): "`export { ... }` names `foo`, which this module does
    not define or import", "cannot resolve './utils'", "`Field` is not defined" (19 errors)."""
    change = {f"{SNAPSHOTS}/named-exports.ts": "export { foo, bar };\n",
              f"{SNAPSHOTS}/export-star.ts": "export * from './utils';\n",
              f"{PY_SNAPSHOTS}/kwarg.py": "x = Field(default=1)\n"}
    assert diff_keys(COMPILER, change) == []


def test_a_snapshot_is_not_even_read():
    """Not parsed: what it exports is not known, so an import of a name from one is not checked
    (nothing imports a snapshot; hey-api's are 80 % of its source bytes)."""
    from conftest import diff_result

    change = {f"{SNAPSHOTS}/printed.ts": "export const printed = 1;\n",
              "packages/openapi-ts/src/ts-compiler/uses.ts":
                  "import { other } from './__snapshots__/nodes/printed';\nconsole.log(other);\n"}
    result = diff_result(COMPILER, change)
    assert result.exit_code == 0 and json.loads(result.stdout)["findings"] == []


def test_the_same_code_beside_the_snapshots_is_checked():
    change = {"packages/openapi-ts/src/ts-compiler/nodes/named-exports.ts": "export { foo };\n"}
    assert diff_keys(COMPILER, change) == [
        ("IMP104", "packages/openapi-ts/src/ts-compiler/nodes/named-exports.ts", 1, "foo")]


# assafelovic/gpt-researcher 48e5f7b160: the package multi_agents_ag2/agents/ moved to
# multi_agents/ag2/agents/; its __init__ re-exported `HumanAgent` of multi_agents/agents/human.py,
# which is still there
AGENTS = {
    "pyproject.toml": '[project]\nname = "gpt-researcher"\n',
    "multi_agents/__init__.py": "",
    "multi_agents/agents/__init__.py": "",
    "multi_agents/agents/human.py": "class HumanAgent:\n    def ask(self):\n        return 1\n",
    "multi_agents_ag2/__init__.py": "",
    "multi_agents_ag2/agents/__init__.py": ("from multi_agents.agents.human import HumanAgent\n\n"
                                            "__all__ = ['HumanAgent']\n"),
}


def test_a_removed_re_export_names_the_definition_that_is_still_there():
    """gpt-researcher 48e5f7b160: "public class `HumanAgent` of `multi_agents_ag2/agents/__init__.py`
    was removed; no in-repo consumer" reported at multi_agents/agents/human.py, with no word of
    the class being still defined there."""
    change = {"multi_agents_ag2/agents/__init__.py": None, "multi_agents_ag2/__init__.py": None}
    [finding] = [f for f in diff_result(AGENTS, change).findings if f["code"] == "IMP201"]
    assert (finding["file"], finding["severity"]) == ("multi_agents/agents/human.py", "warning")
    assert "; `multi_agents/agents/human.py` still defines it: import it with " \
           "`from multi_agents.agents.human import HumanAgent`" in finding["message"]


def test_a_removed_definition_is_not_said_to_be_still_defined():
    change = {"multi_agents/agents/human.py": "class Other:\n    pass\n"}
    [finding] = [f for f in diff_result(AGENTS, change).findings
                 if f["code"] == "IMP201" and f["symbol"] == "HumanAgent"]
    assert "still defines" not in finding["message"]
