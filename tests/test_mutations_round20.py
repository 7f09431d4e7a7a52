"""Found by the twentieth round of seeded mutations against pyright and tsc (invoke,
websockets, @mux/mux-node, react-aria-components; benchmarks/RESULTS.md, "Seeded mutations,
round 20")."""

from __future__ import annotations

from tests.conftest import diff_keys

ALIASES = {
    "package.json": '{"name": "sdk", "type": "module"}\n',
    "src/pagination.ts": "export class BasePage {}\nexport class Page extends BasePage {}\n",
    "src/index.ts": 'import * as Pagination from "./pagination.js";\n'
                    "export class Client {}\n"
                    "export namespace Client {\n"
                    "  export import BasePage = Pagination.BasePage;\n"
                    "  export import Page = Pagination.Page;\n"
                    "}\n"
                    "import Alias = Pagination.BasePage;\n"
                    "export const made = new Alias();\n",
}


def test_an_import_alias_of_a_namespace_member_reads_the_member():
    """@mux/mux-node's `src/index.ts`: `export import BasePage = Pagination.BasePage;` in the
    namespace merged with the client class; with `export` dropped from `BasePage`, tsc reports
    it (TS2694 "Namespace ... has no exported member 'BasePage'"). impact read `Pagination.X`
    in expressions and types but not as the value of an import alias."""
    change = {"src/pagination.ts": "class BasePage {}\nexport class Page extends BasePage {}\n"}
    assert diff_keys(ALIASES, change) == [("IMP103", "src/index.ts", 4, "BasePage"),
                                          ("IMP103", "src/index.ts", 7, "BasePage")]
