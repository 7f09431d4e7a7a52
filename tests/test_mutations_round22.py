"""Found by the twenty-second round of seeded mutations against pyright and tsc (tyro, nats-py,
@loopback/repository, objection, eleventy; benchmarks/RESULTS.md, "Seeded mutations, round
22")."""

from __future__ import annotations

from tests.conftest import diff_keys

BARREL = {
    "package.json": '{"name": "repository", "dependencies": {"@loopback/filter": "^5.0.0"}}\n',
    "src/relations/types.ts": "export enum RelationType {\n"
                              "  hasMany = 'hasMany',\n"
                              "  referencesMany = 'referencesMany',\n"
                              "}\n",
    "src/relations/index.ts": "export * from './types';\n",
    "src/index.ts": "export * from '@loopback/filter';\n"
                    "export * from './model';\n"
                    "export * from './relations';\n",
    "src/model.ts": "import {RelationType} from './index';\n"
                    "export function referencesMany() {\n"
                    "  return RelationType.referencesMany;\n"
                    "}\n",
}


def test_an_enum_member_removed_is_missing_through_a_barrel_that_also_stars_a_package():
    """@loopback/repository's `model.ts` imports `RelationType` from its `index.ts`, whose
    `export * from '@loopback/filter'` comes before `export * from './relations'`; with
    `RelationType.referencesMany` removed, tsc reports `RelationType.referencesMany` (TS2551).
    impact took the package's star as one that may provide `RelationType` too, and judged
    nothing read through the barrel. Two stars providing one name give it to neither (tsc
    reports the barrel, TS2308), so the repository's star is the one that does."""
    change = {"src/relations/types.ts": "export enum RelationType {\n  hasMany = 'hasMany',\n}\n"}
    assert diff_keys(BARREL, change) == [("IMP103", "src/model.ts", 3, "referencesMany")]


def test_a_name_no_star_of_the_repository_provides_may_come_from_the_package_a_barrel_stars():
    """The same barrel with `RelationType` gone from the repository: `@loopback/filter` may
    export it, so its import is not reported, nor its members' reads."""
    change = {"src/relations/types.ts": "export enum Other {\n  hasMany = 'hasMany',\n}\n"}
    assert diff_keys(BARREL, change) == []
