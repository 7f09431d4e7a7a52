"""A diff asks both revisions for the tsc project of the same files; when no tsconfig, no
package.json, no file a tsconfig names and no link changes, every config reads the same in
both, and head takes base's answers (JsResolver.share_answers). Here the project decides
what an alias names: a change that edits a config must find each file's project again, and
one that does not must keep finding the same projects."""

from __future__ import annotations

import json

from impact.resolve.javascript import JsResolver
from tests.conftest import diff_keys


def _solution(app_include: list[str], node_include: tuple[str, ...] = ()) -> dict[str, str]:
    return {
        "tsconfig.json": json.dumps({"files": [], "references": [
            {"path": "./tsconfig.app.json"}, {"path": "./tsconfig.node.json"}]}),
        "tsconfig.app.json": json.dumps({"include": app_include, "compilerOptions": {
            "baseUrl": ".", "paths": {"@/*": ["./src/*"]}}}),
        "tsconfig.node.json": json.dumps({"include": ["vite.config.ts", *node_include], "compilerOptions": {
            "baseUrl": ".", "paths": {"@/*": ["./node/*"]}}}),
    }


BASE = _solution(["src/**/*"]) | {
    "src/a.ts": "export const x = 1;\nexport const y = 2;\n",
    "src/b.ts": 'import { x } from "@/a";\nconsole.log(x);\n',
    "node/a.ts": "export const other = 1;\n",
}


def test_a_source_only_change_finds_the_consumer_through_the_alias_of_its_project():
    assert diff_keys(BASE, {"src/a.ts": "export const y = 2;\n"}) == [
        ("IMP101", "src/b.ts", 1, "x")]


def test_a_config_edit_finds_each_project_again():
    """head's app config no longer takes src/ and the node config does: src/b.ts's `@/a` is
    node/a.ts in head, which has no `x` (with base's projects kept, it would still be
    src/a.ts, unchanged, and nothing would be found)."""
    assert diff_keys(BASE, _solution(["lib/**/*"], ("src/**/*",))) == [("IMP101", "src/b.ts", 1, "x")]


def _resolvers(changed_config: bytes) -> tuple[JsResolver, JsResolver]:
    paths = frozenset({"tsconfig.json", "configs/base", "src/a.ts", "src/en.json", "package.json"})
    root = json.dumps({"extends": "./configs/base", "include": ["src/**/*"]}).encode()
    base = JsResolver(paths, {"tsconfig.json": root, "configs/base": b"{}"})
    head = JsResolver(paths, {"tsconfig.json": root, "configs/base": changed_config})
    return base, head


def test_the_projects_are_shared_only_when_no_config_nor_what_one_extends_changed():
    for changed, links_changed, shared in ((["src/a.ts", "README.md", "src/en.json"], False, True),
                                           (["src/a.ts"], True, False),
                                           (["configs/base"], False, False),
                                           (["tsconfig.json"], False, False),
                                           (["package.json"], False, False)):
        base, head = _resolvers(b"{}")
        base.tsconfigs.project_of("src/a.ts")
        head.share_answers(base, changed, links_changed)
        assert (head.tsconfigs._projects is base.tsconfigs._projects) is shared, changed


def test_a_config_extending_a_json_file_by_its_name_without_suffix_is_seen():
    """`"extends": "../shared/base"` names shared/base.json: a change of it keeps the projects
    apart; a file of the same name that no config names does not."""
    paths = frozenset({"app/tsconfig.json", "shared/base.json", "src/a.ts"})
    config = {"app/tsconfig.json": json.dumps({"extends": "../shared/base"}).encode()}
    for changed, shared in ((["shared/base.json"], False), (["shared/basement.json"], True)):
        base, head = JsResolver(paths, config), JsResolver(paths, config)
        head.share_answers(base, changed, False)
        assert (head.tsconfigs._projects is base.tsconfigs._projects) is shared, changed


def _resolution_shared(changed: list[str], head_paths: frozenset[str] | None = None) -> bool:
    paths = frozenset({"package.json", ".gitignore", "vite.config.ts", "src/a.ts", "src/b.ts"})
    configs = {"package.json": b'{"name": "app"}', ".gitignore": b"dist/\n"}
    base, head = JsResolver(paths, configs), JsResolver(head_paths or paths, configs)
    assert base.resolve("./a", "src/b.ts") == "src/a.ts"
    head.share_answers(base, changed, False)
    return head._resolved is base._resolved and head._by_importer is base._by_importer


def test_imports_resolve_alike_in_both_revisions_when_they_hold_the_same_files_and_read_the_same():
    assert _resolution_shared(["src/a.ts", "README.md"])
    assert not _resolution_shared(["src/a.ts"], head_paths=frozenset({"package.json", "src/a.ts"}))
    for read_by_the_resolver in (".gitignore", "vite.config.ts", "package.json", "x/tsconfig.app.json"):
        assert not _resolution_shared(["src/a.ts", read_by_the_resolver]), read_by_the_resolver


def test_a_gitignore_change_keeps_the_revisions_resolving_apart():
    """The same files in both; base's .gitignore ignores `gen/` (what `../gen/api` names is
    generated, not missing) and head's no longer does: src/b.ts's import is resolved again in
    head, where it is missing, not taken from base."""
    base = {"src/b.ts": 'import { api } from "../gen/api";\nconsole.log(api);\n',
            "src/c.ts": "export const c = 1;\n", ".gitignore": "dist/\ngen/\n"}
    change = {".gitignore": "dist/\n", "src/c.ts": "export const c = 2;\n"}
    assert diff_keys(base, change) == [("IMP102", "src/b.ts", 1, "../gen/api")]
