"""Classes of input the twenty-sixth batch of unseen repositories (benchmarks/RESULTS.md,
"Ecosystem check: twenty-sixth batch") showed impact getting wrong, each as a small repository:
the input that gave a false finding, and its neighbour where the finding is true and stays."""

from __future__ import annotations

import pytest
from conftest import diff_findings, diff_keys, run_impact, selected_keys

import impact.parallel
import impact.pipeline
from impact.cache import FactsCache

# bytedance/deer-flow backend/packages/harness/deerflow/persistence/: the Alembic revisions add
# columns through an idempotent helper of the repository, `safe_add_column("mcp_tasks",
# sa.Column("result_preview", sa.Text(), nullable=True))` (migrations/_helpers.py), not
# `op.add_column`
MODEL = '''\
from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class TaskRow(Base):
    __tablename__ = "tasks"
    id = Column(Integer, primary_key=True)
    name = Column(String(64))
'''
WITH_PREVIEW = MODEL + "    result_preview = Column(String(255))\n"
REVISION = '''\
"""{doc}"""
import sqlalchemy as sa
from alembic import op

revision = "{revision}"
down_revision = {down}


def upgrade():
{body}


def downgrade():
    pass
'''
INITIAL = REVISION.format(doc="initial", revision="0001", down="None", body=(
    '    op.create_table("tasks", sa.Column("id", sa.Integer(), primary_key=True),\n'
    '                    sa.Column("name", sa.String(64)))'))
HELPERS = ("from alembic import op\n\n\ndef safe_add_column(table, column):\n"
           "    op.add_column(table, column)\n")
SCHEMA = {"app/models.py": MODEL, "app/migrations/_helpers.py": HELPERS,
          "app/migrations/versions/0001_initial.py": INITIAL}
HELPER_CALL = ("    from app.migrations._helpers import safe_add_column\n\n"
               '    safe_add_column("{table}", sa.Column("result_preview", sa.String(255)))')


def _added_by(table: str) -> dict:
    return {"app/models.py": WITH_PREVIEW, "app/migrations/versions/0002_preview.py": REVISION.format(
        doc="preview", revision="0002", down='"0001"', body=HELPER_CALL.format(table=table))}


def test_a_column_a_migration_adds_through_a_helper_of_its_own_is_migrated():
    """deer-flow 47b258ebd796 and 5ffc2d3e27fa: 17 IMP501 for columns `safe_add_column` adds."""
    assert selected_keys(SCHEMA, _added_by("tasks"), ("IMP5",)) == []


def test_a_column_a_helper_adds_to_another_table_is_still_unmigrated():
    assert selected_keys(SCHEMA, _added_by("runs"), ("IMP5",)) == [
        ("IMP501", "app/models.py", 11, "error", "tasks.result_preview")]


def test_a_table_described_to_move_data_adds_no_column():
    """`sa.Table("tasks", metadata, sa.Column(...))` in an upgrade describes a table to copy rows."""
    described = REVISION.format(doc="copy", revision="0002", down='"0001"', body=(
        '    tasks = sa.Table("tasks", sa.MetaData(), sa.Column("result_preview", sa.String(255)))\n'
        "    op.bulk_insert(tasks, [])"))
    change = {"app/models.py": WITH_PREVIEW, "app/migrations/versions/0002_copy.py": described}
    assert selected_keys(SCHEMA, change, ("IMP5",)) == [
        ("IMP501", "app/models.py", 11, "error", "tasks.result_preview")]


class Killed(BaseException):
    """The run ends part way, as a SIGKILL ends it: no cleanup stores anything."""


def test_a_cold_run_ended_part_way_leaves_the_facts_it_extracted_in_the_cache(
        repo_factory, tmp_path, monkeypatch):
    """Agenta-AI/agenta (8,995 code files): each cold commit ran into the 120 s timeout under
    load 16, and none stored anything, so every next commit was cold again."""
    files = {f"pkg/m{i}.py": f"def f{i}():\n    return {i}\n" for i in range(8)}
    repo = repo_factory([{"pkg/__init__.py": "", **files}])
    real = impact.parallel.extract_facts
    extracted: list[str] = []

    def killed_at_the_sixth(path, data, *limits):
        if len(extracted) == 5:
            raise Killed
        extracted.append(path)
        return real(path, data, *limits)

    monkeypatch.setattr(impact.parallel, "extract_facts", killed_at_the_sixth)
    monkeypatch.setattr(impact.pipeline, "STORE_EVERY", 4, raising=False)  # two files
    with pytest.raises(Killed):
        run_impact(repo, "--cache-dir", str(tmp_path / "c"), "--jobs", "1", "diff", "HEAD", "HEAD")
    assert FactsCache(tmp_path / "c").info()["entries"] == 8  # four files' facts and summaries


# mediacms-io/mediacms lms-plugins/mediacms-moodle/tiny/mediacms/amd/src/: a Moodle plugin's AMD
# modules. common.js only has `export default { component: 'tiny_mediacms', ... }`, and Moodle's
# build makes its `define()` return that object (`return _exports.default`, its
# amd/build/common.min.js): `import {component} from './common'` reads its property
COMMON = "export default {\n    pluginName: 'tiny_mediacms/plugin',\n    component: 'tiny_mediacms',\n};\n"
COMMANDS = "import {component, pluginName, iconName} from './common';\n\nexport const c = [component, pluginName, iconName];\n"


def test_a_named_import_of_a_key_of_a_moodle_amd_modules_default_object_is_exported():
    """mediacms 55ab7ff34fcd: 15 IMP101 (`component`, `pluginName`, ... from './common')."""
    base = {"tiny/media/amd/src/common.js": COMMON}
    assert diff_keys(base, {"tiny/media/amd/src/commands.js": COMMANDS}) == [
        ("IMP101", "tiny/media/amd/src/commands.js", 1, "iconName")]


def test_a_named_import_of_a_default_objects_key_outside_moodle_amd_sources_is_not_exported():
    base = {"src/common.js": COMMON}
    assert [k[3] for k in diff_keys(base, {"src/commands.js": COMMANDS})] == [
        "component", "iconName", "pluginName"]


# scipy/scipy-stubs (every module): `from typing import Literal as L` and
# `distribution: L["t", "normal"] = "t"`: the strings of a Literal are values, under any name
STUB = ('from typing import Literal as L, Annotated as A\nimport typing_extensions as te\n\n'
        'class t: ...\n\n'
        'def brunnermunzel(distribution: L["t", "normal"], a: A[int, "t"], '
        'b: te.Literal["t"], c: "t") -> None: ...\n')


def test_the_strings_of_a_literal_imported_under_another_name_are_values():
    """scipy-stubs e13cf35a3ab6 and 31e974be01: 19 IMP105 warnings (`t`, `normal` in `L["t", "normal"]`)."""
    base = {"pkg/__init__.py": "", "pkg/_stats.pyi": STUB}
    renamed = {"pkg/_stats.pyi": STUB.replace("class t: ...", "class u: ...")}
    findings = [f for f in diff_findings(base, renamed) if f["code"] != "IMP201"]
    assert [(f["code"], f["line"], f["symbol"]) for f in findings] == [("IMP105", 6, "t")]
    assert findings[0]["column"] == len(STUB.splitlines()[5]) - len('t") -> None: ...') + 1


# openai/openai-node src/resources/responses/responses.ts: `export interface Response {...}` merged
# with `export namespace Response { export interface Conversation {...} ... }`, a namespace of
# types only, which tsc does not instantiate: no value. tests/lib/ResponseStream.test.ts has
# `import type { Response } from 'openai/resources/responses/responses'` and `new Response(body)`:
# the value is the global fetch `Response` (tsc 5.9: no error; TS1361 and TS2351 once the
# namespace declares a value)
RESPONSES = ("export interface Response {\n  id: string;\n}\n\n"
             "export namespace Response {\n  export interface Conversation {\n    id: string;\n  }\n\n"
             "  export namespace Moderation {\n    export type Kind = 'input' | 'output';\n  }\n}\n")
STREAM_TEST = ("import type { Response } from './responses';\n\n"
               "export function stream(body: string): Response.Conversation {\n"
               "  const reply = new Response(body, { status: 200 });\n"
               "  return { id: String(reply.status) };\n}\n")


def test_a_namespace_of_types_only_gives_an_import_type_no_value_to_reject():
    """openai-node (`--all` at its head): IMP101 twice at each of three `new Response(...)`."""
    base = {"src/responses.ts": RESPONSES}
    assert diff_keys(base, {"src/stream.test.ts": STREAM_TEST}) == []


def test_a_namespace_that_declares_a_value_still_has_one():
    base = {"src/responses.ts": RESPONSES.replace("export type Kind", "export const kinds = 2;\n    export type Kind")}
    assert diff_keys(base, {"src/stream.test.ts": STREAM_TEST}) == [
        ("IMP101", "src/stream.test.ts", 4, "Response"), ("IMP101", "src/stream.test.ts", 4, "Response")]


# Agenta-AI/agenta web/oss/tsconfig.json: `"@/oss/*": ["./src/*", "./src/lib/noop/index.tsx"]`, a
# fallback for what src/ lacks; `@/oss/state/project` is the directory src/state/project/ (its
# index.ts), which tsc finds before it tries the next target
AGENTA_TSCONFIG = ('{"compilerOptions": {"moduleResolution": "bundler",\n'
                   '  "paths": {"@/oss/*": ["./src/*", "./src/lib/noop/index.tsx"]}},\n'
                   ' "include": ["**/*.ts", "**/*.tsx"]}\n')
AGENTA = {"web/tsconfig.json": AGENTA_TSCONFIG,
          "web/src/state/project/index.ts": 'export * from "./selectors/project"\n',
          "web/src/state/project/selectors/project.ts": "export const projectIdAtom = 1;\n",
          "web/src/lib/noop/index.tsx": "export default function noop() {}\n"}
USES_PROJECT = ('import {projectIdAtom} from "@/oss/state/project"\nimport {gone} from "@/oss/state/none"\n\n'
                "export const ids = [projectIdAtom, gone]\n")


def test_a_paths_target_that_is_a_directory_comes_before_the_next_target():
    """agenta 7c395dbecf4c, c1063fbf6df7, fcc4115e8ed6: 12 IMP101 (`projectIdAtom`, ... from
    the fallback web/oss/src/lib/noop/index.tsx)."""
    assert diff_keys(AGENTA, {"web/src/components/chat.ts": USES_PROJECT}) == [
        ("IMP101", "web/src/components/chat.ts", 2, "gone")]


# coleam00/Archon packages/core/src/services/title-generator.test.ts: `import type { MessageChunk }
# from '../types'`, which imports the type without exporting it; packages/core/tsconfig.json
# excludes `**/*.test.ts` (no tsc checks the test) and bun's transpiler drops the import
CORE = {"core/tsconfig.json": '{"include": ["src/**/*"], "exclude": ["**/*.test.ts"]}\n',
        "core/src/types/index.ts": ("import type { MessageChunk } from '../chunks';\n\n"
                                    "export interface Adapter {\n  send(event: MessageChunk): void;\n}\n"),
        "core/src/chunks.ts": "export interface MessageChunk {\n  text: string;\n}\n"}
CHUNK_USER = ("import type { MessageChunk } from '../types';\n\n"
              "export function chunk(): MessageChunk {\n  return { text: '' };\n}\n")


def test_a_name_a_type_import_of_a_test_no_tsc_checks_takes_is_not_dangling():
    """Archon (`--all` at its head): IMP101 `MessageChunk` in title-generator.test.ts."""
    assert diff_keys(CORE, {"core/src/services/title.test.ts": CHUNK_USER}) == []


def test_a_name_a_type_import_of_a_checked_file_takes_is_still_dangling():
    assert diff_keys(CORE, {"core/src/services/title.ts": CHUNK_USER}) == [
        ("IMP101", "core/src/services/title.ts", 1, "MessageChunk")]


# bytedance/deer-flow backend/tests/test_authorization_enforcement.py: `monkeypatch.setattr(
# lead_agent_module, "build_skill_search_setup", fake, raising=False)`, then
# `lead_agent_module.build_skill_search_setup` read: the module now has that attribute
AGENT_TEST = ("from pkg import agent as lead_agent_module\n\n\n"
              "def test_setup(monkeypatch):\n"
              '    monkeypatch.setattr(lead_agent_module, "build_setup", lambda: 1, raising=False)\n'
              "    assert lead_agent_module.build_setup() == 1\n"
              "    assert lead_agent_module.gone() == 2\n")


def test_an_attribute_the_file_sets_on_a_module_is_no_dangling_attribute():
    """deer-flow (`--all` at its head): IMP103 `lead_agent_module.build_skill_search_setup`."""
    base = {"pkg/__init__.py": "", "pkg/agent.py": "def run():\n    return 0\n"}
    assert diff_keys(base, {"tests/test_agent.py": AGENT_TEST}) == [
        ("IMP103", "tests/test_agent.py", 7, "gone")]


# bytedance/deer-flow skills/public/skill-creator/scripts/run_loop.py: `from scripts.utils import
# parse_skill_md`, run as `python -m scripts.run_loop` from skill-creator/ (its SKILL.md says so);
# `scripts` there is a directory without `__init__.py`, and the repository's own top-level
# scripts/ has no `utils`
SKILL = {"scripts/check.py": "print('check')\n",
         "skills/creator/scripts/utils.py": "def parse_skill_md(path):\n    return path\n"}
RUN_LOOP = ("from scripts.utils import parse_skill_md\nfrom scripts.gone import nothing\n\n"
            "print(parse_skill_md('SKILL.md'), nothing)\n")


def test_a_module_of_the_directory_the_importer_is_in_by_its_name_is_found_there():
    """deer-flow (`--all` at its head): 7 IMP102 `scripts.utils`, `scripts.run_eval`, ..."""
    assert diff_keys(SKILL, {"skills/creator/scripts/run_loop.py": RUN_LOOP}) == [
        ("IMP102", "skills/creator/scripts/run_loop.py", 2, "scripts.gone")]


def test_an_attribute_monkeypatch_sets_only_if_it_exists_is_still_dangling():
    """Without `raising=False`, monkeypatch.setattr raises AttributeError for a missing one."""
    base = {"pkg/__init__.py": "", "pkg/agent.py": "def run():\n    return 0\n"}
    raising = AGENT_TEST.replace(", raising=False", "")
    assert diff_keys(base, {"tests/test_agent.py": raising}) == [
        ("IMP103", "tests/test_agent.py", 6, "build_setup"), ("IMP103", "tests/test_agent.py", 7, "gone")]


def test_the_instances_of_client_classes_are_read_once_per_revision(monkeypatch):
    """Agenta's release merge `753af3838ef6` (a timeout at load 19): each request through a class's
    field looked at every `new C(...)` of the repository again (410 requests, 14 s)."""
    from test_http_wrapped_and_aliased import MODULES, _station

    import impact.http.clients

    asked: list[str] = []
    real = impact.http.clients.class_home

    def counted(graph, module, written):
        asked.append(written)
        return real(graph, module, written)

    monkeypatch.setattr(impact.http.clients, "class_home", counted)
    assert _station('@app.get("/api/rings/")', '@app.get("/api/v2/rings/")') == \
        [("IMP401", "web/station-api.ts", 7, "error")]
    instances = 2 * MODULES["web/api.ts"].count("new ")  # each revision's, once
    assert len(asked) <= instances
