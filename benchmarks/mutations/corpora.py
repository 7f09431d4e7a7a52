"""The real packages the benchmark mutates, pinned by version and sha256 of the download."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Corpus:
    name: str
    registry: str  # "pypi" (source distribution) or "npm" (tarball)
    package: str
    version: str
    sha256: str
    language: str  # "python", "javascript" or "typescript"
    keep: Callable[[str], bool]  # which shipped files are committed
    note: str
    # (shipped directory, where it is committed): compiled ESM a package ships in `dist/` or
    # its `build/` is build output to impact, which reads it and never checks it
    moved: tuple[str, str] | None = None


def _js_sources(rel: str) -> bool:
    return rel.endswith(".js") or rel == "package.json"


def _under(top: str) -> Callable[[str], bool]:
    return lambda rel: rel.startswith(f"{top}/")


def _js_src(rel: str) -> bool:
    return rel.startswith("src/") and rel.endswith(".js") or rel == "package.json"


def _js_lib(rel: str) -> bool:
    return (rel.startswith("lib/") or rel == "index.js") and rel.endswith(".js") \
        or rel == "package.json"


def _src_and_tests(rel: str) -> bool:
    return rel.startswith(("src/", "tests/")) and rel.endswith(".py")


def _package_and_tests(top: str) -> Callable[[str], bool]:
    return lambda rel: rel.startswith((f"{top}/", "tests/")) and rel.endswith(".py")


def _ts_sources_and_declarations(rel: str) -> bool:
    return rel.startswith("src/") and rel.endswith(".ts") or rel == "package.json"


def _ts_and_tsx_sources(rel: str) -> bool:
    return rel.startswith("src/") and rel.endswith((".ts", ".tsx")) \
        and not rel.endswith(".d.ts") and "/tests/" not in rel


def _ts_sources(rel: str) -> bool:
    return rel.startswith("src/") and rel.endswith(".ts") and not rel.endswith(".d.ts") \
        and "/tests/" not in rel and "/benchmarks/" not in rel


CORPORA = {c.name: c for c in [
    Corpus("rich", "pypi", "rich", "13.9.4",
           "439594978a49a09530cff7ebc4b5c7103ef57baf48d5ea3184f21d9a2befa098", "python",
           lambda rel: True, "sdist as shipped"),
    Corpus("date-fns", "npm", "date-fns", "4.1.0",
           "90718290bbf34bf3d0c80bb70456e0069e0cc547caccaf1464fe42f1f602c460", "javascript",
           _js_sources, "the ESM `.js` files only: tsc would resolve `./x.js` to the shipped "
           "`x.d.ts` and never see an edit of the JavaScript"),
    Corpus("rxjs", "npm", "rxjs", "7.8.2",
           "2312f8ffd9726ffd7bd53ea12c5f13663d09a3dc3326f448c70b88f5ef6fac82", "typescript",
           _ts_sources, "the TypeScript sources it ships in `src/`"),
    # Not tuned against: run once the three above were done, to check generality.
    Corpus("click", "pypi", "click", "8.1.8",
           "ed53c9d8990d83c2a27deae68e4ee337473f6330c040a31d4225c9574d16096a", "python",
           lambda rel: True, "sdist as shipped"),
    Corpus("zod", "npm", "zod", "4.1.12",
           "2ef9d7a7d822b059c9bd21f87caa4fdc48220d437353678984df942fb67b43fa", "typescript",
           _ts_sources, "the TypeScript sources it ships in `src/`, without tests"),
    # Added for issue 13 (not tuned against): large trees, Python packages whose `__init__`
    # files re-export through several layers (networkx's `from networkx.algorithms import *`
    # chains, litestar's per-subpackage re-exports).
    Corpus("networkx", "pypi", "networkx", "3.4.2",
           "307c3669428c5362aab27c8a1260aa8f47c4e91d3891f48be0141738d8d053e1", "python",
           _under("networkx"), "the `networkx/` package of the sdist, its tests included"),
    Corpus("litestar", "pypi", "litestar", "2.13.0",
           "51a3ab60b7bc8de2c126f3ad907c2ba6f9d22194bdf1be9df52253e57ed80f0e", "python",
           _under("litestar"), "the `litestar/` package of the sdist, without its tests"),
    Corpus("three", "npm", "three", "0.187.0",
           "ff540832ded0cfe919764d24a3d88f3e2a05f23303f876423e4f893841e90728", "javascript",
           _js_src, "the ESM `src/` files and package.json"),
    Corpus("effect", "npm", "effect", "3.16.0",
           "1d9ee28824233780c2008f3a5a9a99ec740d7cf45ce8068317e503b2b15b579c", "typescript",
           _ts_sources, "the TypeScript sources it ships in `src/`"),
    # Added on 2026-12-01 to measure code nobody tuned impact against (not tuned against).
    Corpus("httpx", "pypi", "httpx", "0.28.1",
           "75e98c5f16b0f35b567856f597f06ff2270a374470a5c2392242528e3e3e42fc", "python",
           lambda rel: rel.endswith(".py"), "the `.py` files of the sdist: `httpx/`, whose "
           "`__init__` re-exports its private modules, and its tests"),
    Corpus("jinja2", "pypi", "jinja2", "3.1.6",
           "0137fb05990d35f1275a587e9aee6d56da821fc83491a0fb838183be43f66d6d", "python",
           _src_and_tests, "`src/jinja2/` (a src layout whose `__init__` re-exports) and "
           "`tests/`"),
    Corpus("axios", "npm", "axios", "1.13.2",
           "6b4421f0d98e874f7151a88741d3aff2014b8f31e80aef2efa83bfb88662adec", "javascript",
           _js_lib, "the ESM `lib/` files, `index.js` and package.json (no `.d.ts`: tsc "
           "would read the shipped types instead of the edited JavaScript)"),
    Corpus("query-core", "npm", "@tanstack/query-core", "5.90.11",
           "9111f45ec69369dfaa312823330a2c9037f3cc93929d6d63821e736f63340f31", "typescript",
           _ts_sources, "the TypeScript sources it ships in `src/`"),
    # Added late on 2026-12-01: a second round of code nobody tuned impact against.
    Corpus("werkzeug", "pypi", "werkzeug", "3.1.3",
           "60723ce945c19328679790e3282cc758aa4a6040e4bb330f53d30fa546d44746", "python",
           _src_and_tests, "`src/werkzeug/` (a src layout with subpackages: `datastructures/`, "
           "`routing/`, `sansio/`, `debug/`, `middleware/`) and `tests/`, `.py` only (the "
           "shipped `.pyi` stubs would hide the edited `.py` from pyright)"),
    Corpus("starlette", "pypi", "starlette", "0.47.2",
           "6ae9aa5db235e4846decc1e7b79c4f346adf41e9777aebeb49dfd09bbd7023d8", "python",
           _package_and_tests("starlette"), "the `starlette/` package of the sdist and its "
           "`tests/`"),
    Corpus("mobx", "npm", "mobx", "7.1.3",
           "bbd07665d8851ee01df2fd4e12db106c60fd878839610dd8b899548969625616", "typescript",
           _ts_sources_and_declarations, "the TypeScript sources it ships in `src/`, which "
           "import each other through the `internal.ts` barrel (`export * from`), with "
           "`src/global.d.ts` (it declares `__DEV__`) and package.json"),
    Corpus("yjs", "npm", "yjs", "13.6.33",
           "cfd28813389c4204a6d1ae3db7847c8b47195523c9ef8e31a8a4b69a2b499f34", "javascript",
           _js_src, "the ESM `src/` files (plain JavaScript typed with JSDoc, importing each "
           "other through the `internals.js` barrel) and package.json; `lib0`, its "
           "dependency, is not installed"),
    # Added on 2026-12-02: a third round of code nobody tuned impact against.
    Corpus("requests", "pypi", "requests", "2.32.3",
           "55365417734eb18255590a9ff9eb97e9e1da868d4ccd6402399eaf68af20a760", "python",
           _src_and_tests, "`src/requests/` (a src layout: `compat.py` picks its imports in "
           "`try`/`except ImportError`, `__init__` re-exports, `packages.py` aliases modules "
           "in `sys.modules`) and `tests/`"),
    Corpus("attrs", "pypi", "attrs", "24.2.0",
           "5cfb1b9148b5b086569baec03f20d7b6bf3bcacc9a42bebf87ffaaca362f6346", "python",
           _src_and_tests, "`src/attr/` and `src/attrs/` (the newer `attrs` namespace "
           "re-exports the older `attr`, which re-exports its private modules) and `tests/`, "
           "`.py` only (the shipped `.pyi` stubs would hide the edited `.py` from pyright)"),
    Corpus("d3-array", "npm", "d3-array", "3.2.4",
           "6dbf3f2be39e48f86775be6e166a5d3e5a585ca7144453cd6ad1912f5ae4417f", "javascript",
           _js_src, "the ESM `src/` files (plain JavaScript, re-exported by the `index.js` "
           "barrel, with subdirectory `threshold/`) and package.json; `internmap`, its "
           "dependency, is not installed"),
    Corpus("redux-toolkit", "npm", "@reduxjs/toolkit", "2.5.0",
           "73fd6e95612c85870a4bb1967420f62364f760689ee02a41214d1b3fb23e95fc", "typescript",
           _ts_and_tsx_sources, "the TypeScript sources it ships in `src/` (`.ts` and `.tsx`, "
           "without tests): `query/`, `query/core/`, `query/react/` re-export through "
           "`index.ts` layers; redux, immer, reselect and react are not installed"),
    # Added on 2026-12-02 (session 24): a fourth round of code nobody tuned impact against.
    Corpus("marshmallow", "pypi", "marshmallow", "4.4.0",
           "9e6ffa8511012ca89732324c1c253efd7b4d35632dcbdf80aa793fe01804af3e", "python",
           _src_and_tests, "`src/marshmallow/` (a src layout; `fields.py` aliases classes at "
           "module level, `Str = String`) and `tests/`"),
    Corpus("pluggy", "pypi", "pluggy", "1.7.0",
           "d1eaa46ebb595891b860ab086b4d09c8588af65ebd4361b8e8f4bb8920b90ba8", "python",
           lambda rel: rel.startswith(("src/pluggy/", "testing/")) and rel.endswith(".py"),
           "`src/pluggy/` (private modules re-exported by `__init__`) and `testing/`"),
    Corpus("immer", "npm", "immer", "11.2.13",
           "7aafee379780f7b290fd76c5f57fea4ef9f2599c021ae70038739c6e5e96009a", "typescript",
           _ts_sources, "the TypeScript sources it ships in `src/` (modules importing each "
           "other through the `internal.ts` barrel)"),
    Corpus("table-core", "npm", "@tanstack/table-core", "8.21.3",
           "1e5b2f4f04c8c31100ebd0b966fae5eadbb1d11bd45517edb9fc15fbd6a8f2a0", "typescript",
           _ts_sources, "the TypeScript sources it ships in `src/` (`core/`, `features/`, "
           "`utils/`, re-exported by `index.ts`)"),
    # Added on 2026-12-02 (session 25): a fifth round of code nobody tuned impact against.
    Corpus("anyio", "pypi", "anyio", "4.16.0",
           "59bb03251907983d1603d27c3087ddb1e93299ea2163adcdba37899a4fb12ffb", "python",
           _src_and_tests, "`src/anyio/` (a src layout whose `__init__` re-exports its private "
           "`_core` modules with `from ._core._x import y as y`, `abc/`, `streams/`, "
           "`_backends/`) and `tests/`"),
    Corpus("black", "pypi", "black", "26.10.1",
           "5f9f83beae62437e060dafd53d7f1fc327e3d3494f74d72ee5c2b73eb90fc4e7", "python",
           lambda rel: rel.startswith(("src/black/", "src/blib2to3/", "src/blackd/", "tests/"))
           and rel.endswith(".py") and not rel.startswith("tests/data/"),
           "`src/black/`, `src/blib2to3/`, `src/blackd/` and `tests/` without `tests/data/` "
           "(formatting samples, not all of them valid Python); click, pathspec and the other "
           "dependencies are not installed"),
    Corpus("ajv", "npm", "ajv", "8.20.0",
           "b2f0b3a893bbb8cc5efb6814f08b1499e19e31d5dd73683f5893382f48f6e7b3", "typescript",
           lambda rel: rel.startswith("lib/") and rel.endswith((".ts", ".json"))
           or rel == "package.json",
           "the TypeScript sources it ships in `lib/` (`compile/`, `vocabularies/`, "
           "`standalone/`; imports of `.json` meta-schemas) and package.json; its dependencies "
           "are not installed"),
    Corpus("lodash-es", "npm", "lodash-es", "4.18.1",
           "b0c810e5cd4cd580ed7b18fc71384b9a80c151dc5c85b1729bd656a49e3f16f8", "javascript",
           _js_sources, "its 640 ESM `.js` files (one function a module, default-exported and "
           "default-imported, typed by JSDoc `@param {Array} array`; `lodash.js` and the "
           "category modules re-export them) and package.json"),
    # Added on 2026-12-02 (session 26): a sixth round of code nobody tuned impact against.
    Corpus("fastapi", "pypi", "fastapi", "0.115.6",
           "9ec46f7addc14ea472958a96aae5b5de65f39721a46aaf5705c480d9a8b76654", "python",
           _package_and_tests("fastapi"), "the `fastapi/` package of the sdist (parameters "
           "declared as `Annotated[..., Doc(...)]`, `__init__` re-exports with `as`) and its "
           "`tests/` (which import `docs_src/`, not committed); pydantic, starlette and the "
           "other dependencies are not installed"),
    Corpus("trio", "pypi", "trio", "0.27.0",
           "1dcc95ab1726b2da054afea8fd761af74bad79bd52381b84eae408e983c76831", "python",
           lambda rel: rel.startswith("src/trio/") and rel.endswith(".py"),
           "`src/trio/` (a src layout whose `__init__` re-exports private modules with "
           "`from ._x import y as y`, tests inside the package in `_tests/`, generated "
           "`_core/_generated_*.py`)"),
    Corpus("preact", "npm", "preact", "10.25.4",
           "93d4a374795c9b15b8b5edad9294a24cf210e99f3f0fb2b98d00bdb401e7c892", "javascript",
           lambda rel: "src/" in rel and rel.endswith(".js") or rel == "package.json",
           "the ESM `src/` files of the core and its subpackages (`hooks/`, `compat/`, "
           "`debug/`, `devtools/`, `jsx-runtime/`, `test-utils/`; they import the core by its "
           "package name) and package.json, without the `.d.ts` (tsc would read them "
           "instead of the edited JavaScript)"),
    Corpus("trpc-server", "npm", "@trpc/server", "11.0.0",
           "3824b524520230703802d7bcaa5ac4e8c9746a06949b326fe298f33bf7172ba2", "typescript",
           _ts_sources, "the TypeScript sources it ships in `src/` (adapters, "
           "`unstable-core-do-not-import/` re-exported by barrels, vendored modules)"),
    # Added on 2026-12-02 (session 27): a seventh round of code nobody tuned impact against.
    Corpus("pydantic", "pypi", "pydantic", "2.10.6",
           "ca5daa827cce33de7a42be142548b0096bf05a7e7b365aebfa5f8eeec7128236", "python",
           lambda rel: rel.startswith(("pydantic/", "tests/")) and rel.endswith(".py")
           and not rel.startswith(("tests/mypy/", "tests/typechecking/")),
           "the `pydantic/` package of the sdist (its `__init__` binds its public names lazily "
           "through a module `__getattr__` over a table of module paths, and imports them under "
           "`if typing.TYPE_CHECKING:` for checkers; `_internal/`, the vendored `v1/`, "
           "`deprecated/`) and `tests/` without the mypy and type-checking samples (code "
           "written to fail a checker); pydantic-core and the other dependencies are not "
           "installed"),
    Corpus("structlog", "pypi", "structlog", "25.4.0",
           "186cd1b0a8ae762e29417095664adf1d6a31702160a46dacb7796ea82f7409e4", "python",
           _src_and_tests, "`src/structlog/` (a src layout: `__init__` re-exports its "
           "modules and submodules, names imported under `if TYPE_CHECKING:`, optional "
           "dependencies in `try`/`except ImportError`) and `tests/`"),
    Corpus("kysely", "npm", "kysely", "0.28.19",
           "c7f664de4ad794a8b53508382b057b905223bc00b2569b96f66bab535f118132", "javascript",
           lambda rel: rel.startswith("dist/esm/") and rel.endswith(".js")
           or rel == "package.json",
           "its 280 compiled ESM `dist/esm/` files (classes whose methods call each other's "
           "modules through `./x.js` imports; `index.js` re-exports them with `export *`) and "
           "package.json, without the `.d.ts` (tsc would read them instead of the edited "
           "JavaScript); `dist/esm/` is committed as `src/`", ("dist/esm", "src")),
    Corpus("typebox", "npm", "@sinclair/typebox", "0.34.52",
           "0f85fa02b60ff788ebe291eaea0eab510b618af60fc17f289b59f0bd9bba3af9", "javascript",
           lambda rel: rel.startswith("build/esm/") and rel.endswith(".mjs")
           or rel == "package.json",
           "its 266 ESM `build/esm/` files (`.mjs`: one small module a type kind, each "
           "directory re-exported by an `index.mjs` of `export *`, modules importing "
           "`../index.mjs` barrels and namespaces, `import * as X`) and package.json, without "
           "the `.d.mts`; `build/esm/` is committed as `src/`", ("build/esm", "src")),
    # Added on 2026-12-02 (session 29): an eighth round of code nobody tuned impact against.
    Corpus("tornado", "pypi", "tornado", "6.4.2",
           "92bad5b4746e9879fd7bf1eb21dce4e3fc5128d71601f80005afa39237ad620b", "python",
           lambda rel: rel.startswith("tornado/") and rel.endswith(".py"),
           "the `tornado/` package of the sdist (`platform/` backends, optional dependencies "
           "imported in `try`/`except ImportError`, names imported under `if typing.TYPE_"
           "CHECKING:`) with its tests inside it in `tornado/test/`, `.py` only"),
    Corpus("sqlglot", "pypi", "sqlglot", "26.0.0",
           "eb4470e8b3aa2cff1a4ecca4cfe36658e9797ab82416e566abe12672195e1ab8", "python",
           _package_and_tests("sqlglot"),
           "the `sqlglot/` package of the sdist (`dialects/` subclassing each other's "
           "`Parser`/`Generator`, `optimizer/`, `executor/`; long modules: `expressions.py`, "
           "`parser.py`) and `tests/`"),
    Corpus("form-core", "npm", "@tanstack/form-core", "1.33.5",
           "086165f02c5208fb01dab15e3a9b1c6bf2247fb2c9576f1ac138fe73c11330d7", "typescript",
           _ts_sources, "the TypeScript sources it ships in `src/` (`FormApi`, `FieldApi`, "
           "`FieldGroupApi` classes importing each other and `utils.ts`, re-exported by "
           "`index.ts`); `@tanstack/store` and its other dependencies are not installed"),
    Corpus("tanstack-db", "npm", "@tanstack/db", "0.15.2",
           "18682e004ce628f78fd144409e8780c9cca774eaac141f953d1a146a573738b9", "typescript",
           _ts_sources, "the TypeScript sources it ships in `src/` (`collection/`, `query/` "
           "with `builder/`, `compiler/`, `live/`, `indexes/`, `utils/`, re-exported through "
           "`index.ts` barrels); `@tanstack/db-ivm` and its other dependencies are not "
           "installed"),
    # Added on 2026-12-02 (session 30): a ninth round of code nobody tuned impact against.
    Corpus("pyramid", "pypi", "pyramid", "2.1",
           "5a24bc1b5f9e0f0d1c0b6ddd1111e84c15dac44a07e3c1d24e74dd9bb4fc22eb", "python",
           _src_and_tests, "`src/pyramid/` (a web framework: `Configurator` assembled from "
           "mixin classes in `config/`, zope.interface declarations, `scripts/`) and `tests/` "
           "(with the fixture packages of `tests/pkgs/`); zope, webob and the other "
           "dependencies are not installed"),
    Corpus("pint", "pypi", "pint", "0.25.3",
           "f8f5df6cf65314d74da1ade1bf96f8e3e4d0c41b51577ac53c49e7d44ca5acee", "python",
           lambda rel: rel.startswith("pint/") and rel.endswith(".py"),
           "the `pint/` package of the sdist (a units library: the registry assembled from "
           "generic `facets/` mixins, `delegates/` for formatting and parsing, optional "
           "numpy/babel imports in `compat.py`) with its tests inside it in `pint/testsuite/`"),
    Corpus("tiptap-core", "npm", "@tiptap/core", "3.35.0",
           "4a08b5f835215d909c481266fa676bb3b7430879045d00165d9042bdf04a3d0f", "typescript",
           lambda rel: rel.startswith("src/") and rel.endswith(".ts") and not rel.endswith(".d.ts"),
           "the TypeScript sources it ships in `src/` with their `*.test.ts` (`commands/`, "
           "`helpers/`, `extensions/`: each command merges its type into `Commands` through "
           "`declare module '@tiptap/core'`; `index.ts` barrels of `export *`); "
           "`@tiptap/pm` (ProseMirror) and vitest are not installed"),
    Corpus("leaflet", "npm", "leaflet", "1.9.4",
           "84c65a256e50657896f54c33bd857b6849ebe94c817803be818bf32a3dde0b77", "javascript",
           _js_src, "the ESM `src/` files (plain JavaScript: classes made by `Class.extend({...})` "
           "with methods in object literals, `import * as Util` namespaces, `index.js` barrels "
           "of `export *`) and package.json, without the bundles of `dist/`"),
    # Added on 2026-12-03 (session 31): a tenth round of code nobody tuned impact against.
    Corpus("langchain-core", "pypi", "langchain_core", "0.3.63",
           "e2e30cfbb7684a5a0319f6cbf065fc3c438bfd1060302f085a122527890fb01e", "python",
           _package_and_tests("langchain_core"),
           "the `langchain_core/` package of the sdist (each subpackage's `__init__` binds its "
           "names lazily through a module `__getattr__` over a table of module names and "
           "imports them under `if TYPE_CHECKING:` for checkers; the `pydantic_v1/` shim of "
           "`from pydantic.v1 import *`) and `tests/`; pydantic and its other dependencies "
           "are not installed"),
    Corpus("nltk", "pypi", "nltk", "3.9.1",
           "87d127bd3de4bd89a4f81265e5fa59cb1b199b27440175370f7417d2bc7ae868", "python",
           lambda rel: rel.startswith("nltk/") and rel.endswith(".py"),
           "the `nltk/` package of the sdist (its `__init__` and subpackages re-export through "
           "chains of `from nltk.x import *`, some bounded by `__all__`; `corpus/` readers; "
           "tests inside it in `nltk/test/`)"),
    Corpus("graphql", "npm", "graphql", "16.11.0",
           "7e34f9274fdf64549b08d23ab7480afbe47add16974de698cd387a36b09db1f6", "javascript",
           lambda rel: rel.endswith(".mjs") or rel == "package.json",
           "its ESM `.mjs` files (`language/`, `type/`, `validation/rules/`, `utilities/`, "
           "`execution/`, each re-exported by an `index.mjs` of `export { ... } from`) and "
           "package.json, without the `.d.ts` and the CommonJS `.js`"),
    Corpus("ai-provider-utils", "npm", "@ai-sdk/provider-utils", "4.0.66",
           "c0a8a057a1cdd12ba865f4a789200b6d009cd2fa016d6609a73fdb06f2f8bc80", "typescript",
           _ts_sources, "the TypeScript sources it ships in `src/` (one helper a module, "
           "`to-json-schema/` and `types/` re-exported by `index.ts` barrels, `*.test.ts` "
           "beside them); `@ai-sdk/provider`, zod and its other dependencies are not "
           "installed"),
    Corpus("textual", "pypi", "textual", "6.2.1",
           "4699d8dfae43503b9c417bd2a6fb0da1c89e323fe91c4baa012f9298acaa83e1", "python",
           lambda rel: rel.startswith("src/") and rel.endswith((".py", ".pyi")) or
           rel.startswith("tests/") and rel.endswith(".py") and not rel.startswith("tests/snapshot_tests/"),
           "`src/textual/` (a src layout; `widgets/__init__` binds its widgets lazily through a "
           "module `__getattr__` over a table of module names, with the `.pyi` stub it ships beside it "
           "for checkers; `_`-prefixed private modules re-exported by public ones) and `tests/` "
           "without the snapshot apps"),
    Corpus("router-core", "npm", "@tanstack/router-core", "1.171.39",
           "0c9345f2830bda69901d464a293d101f10635d3c935f7f1e310681b71bd2e962", "typescript",
           _ts_sources, "the TypeScript sources it ships in `src/` (types-heavy: `link.ts`, "
           "`route.ts`, `router.ts` with many type-only exports, re-exported by an `index.ts` "
           "barrel of `export type { ... } from` and `export { ... } from`); its dependencies "
           "are not installed"),

    # Added on 2026-12-03 (session 32): an eleventh round of code nobody tuned impact against.
    Corpus("prompt-toolkit", "pypi", "prompt_toolkit", "3.0.48",
           "d6623ab0477a80df74e646bdbc93621143f5caf104206aa29294d53de1a03d90", "python",
           _src_and_tests, "`src/prompt_toolkit/` (a src layout: every subpackage's `__init__` "
           "re-exports its modules' names and lists them in `__all__`, names imported under "
           "`if TYPE_CHECKING:`, `key_binding/`, `layout/`, `widgets/` classes calling each "
           "other's methods across modules) and `tests/`"),
    Corpus("astroid", "pypi", "astroid", "3.3.8",
           "a88c7994f914a4ea8572fac479459f4955eeccc877be3f2d959a33273b0cf40b", "python",
           lambda rel: rel.startswith(("astroid/", "tests/")) and rel.endswith(".py")
           and not rel.startswith("tests/testdata/"),
           "the `astroid/` package of the sdist (its `__init__` and `nodes/__init__` re-export "
           "the node classes of a deep hierarchy, `brain/` plugins, imports inside functions "
           "to break cycles, names imported under `if TYPE_CHECKING:`) and `tests/` without "
           "`tests/testdata/` (sample code, some of it broken on purpose)"),
    Corpus("lib0", "npm", "lib0", "0.2.114",
           "8e9289ea00e3188a65cd10cb39be025c7bc9a87cb84b1cc6f799b092bf866287", "javascript",
           lambda rel: rel.endswith(".js") and not rel.startswith("dist/")
           or rel == "package.json",
           "its ESM `.js` modules (plain JavaScript typed with JSDoc, importing each other as "
           "namespaces, `import * as array from './array.js'`, with `crypto/`, `hash/`, "
           "`prng/`, `bin/` and the `*.test.js` beside them) and package.json, without the "
           "`.d.ts` (tsc would read them instead of the edited JavaScript) and the CommonJS "
           "`dist/`"),
    Corpus("grpc-js", "npm", "@grpc/grpc-js", "1.12.5",
           "e81dfb48265094b642f0445885445f518698708259249b751412ebca696489b6", "typescript",
           _ts_sources, "the TypeScript sources it ships in `src/` (`index.ts` and "
           "`experimental.ts` re-export the modules, load balancers subclass each other, "
           "interface-only generated protobuf types in `generated/`); `@grpc/proto-loader` and "
           "its other dependencies are not installed"),
    # Added on 2026-12-03 (session 33): a twelfth round of code nobody tuned impact against.
    Corpus("narwhals", "pypi", "narwhals", "2.13.0",
           "ee94c97f4cf7cfeebbeca8d274784df8b3d7fd3f955ce418af998d405576fdd9", "python",
           _package_and_tests("narwhals"),
           "the `narwhals/` package of the sdist (a dataframe-agnostic layer: `stable/v1/` and "
           "`stable/v2/` re-export and subclass the main API, backends in `_pandas_like/`, "
           "`_arrow/`, `_polars/`, ... implement the `_compliant/` protocols, most typing "
           "imports under `if TYPE_CHECKING:`) and `tests/`; pandas, polars, pyarrow and the "
           "other backends are not installed"),
    Corpus("pygments", "pypi", "pygments", "2.19.2",
           "636cb2477cec7f8952536970bc533bc43743542f70392ae026374600add5b887", "python",
           lambda rel: rel.startswith(("pygments/", "tests/")) and rel.endswith(".py")
           and not rel.startswith("tests/examplefiles/"),
           "the `pygments/` package of the sdist (`lexers/__init__` and `styles/__init__` "
           "replace themselves in `sys.modules` by a module whose `__getattr__` loads a lexer "
           "or style from a table of module paths, `_mapping.py`; 259 lexer modules subclassing "
           "and importing each other) and `tests/` without `tests/examplefiles/` (sample code)"),
    Corpus("blocknote-core", "npm", "@blocknote/core", "0.55.0",
           "ed35210a6a34931f3c7adc0fe0c93e71ce1b7f3a70859cc191b9742fed205713", "typescript",
           _ts_sources, "the TypeScript sources it ships in `src/` (327 files: `index.ts` and "
           "the `schema/`, `blocks/`, `extensions/`, `api/` barrels re-export through chains "
           "of `export * from`, with `*.test.ts` beside them); tiptap, prosemirror, yjs and "
           "its other dependencies are not installed"),
    Corpus("svgo", "npm", "svgo", "4.1.0",
           "6646ae27350d38dc2f08e708ee64b885b9746775ef7c8091f171d94052a333a6", "javascript",
           lambda rel: rel.startswith(("lib/", "plugins/", "bin/")) and rel.endswith(".js")
           or rel in ("lib/types.ts", "package.json"),
           "its ESM `.js` files (plain JavaScript typed with JSDoc: `lib/` and 58 `plugins/` "
           "each exporting `name`, `description` and `fn`, gathered by `builtin.js` and "
           "`preset-default.js`), `lib/types.ts` (the types the JSDoc imports) and "
           "package.json, without the `.d.ts` of `types/` and the CommonJS `dist/`; "
           "css-tree, csso, sax and its other dependencies are not installed"),
    # Added on 2026-12-03 (session 35): a thirteenth round of code nobody tuned impact against.
    Corpus("polars", "pypi", "polars", "2.1.0",
           "9eee488d6e10773c028753dfc8dac647fd60a708108dcb818a733e85d33df253", "python",
           lambda rel: rel.startswith("src/polars/") and rel.endswith((".py", ".pyi")),
           "the Python part of polars, `src/polars/` of the sdist (its `__init__` re-exports "
           "some 300 names from its subpackages and answers deprecated ones with a module "
           "`__getattr__` when not `TYPE_CHECKING`; `_dependencies.py` imports numpy, pandas, "
           "pyarrow lazily; the `_plr.pyi` stub beside `_plr.py`; nearly "
           "every typing import under `if TYPE_CHECKING:`; `DataFrame`, `LazyFrame`, `Series` "
           "and `Expr` call each other's methods across modules); the compiled runtime and "
           "every optional dependency are not installed"),
    Corpus("jax", "pypi", "jax", "0.10.2",
           "bf77428a8c2e6904c4f46d5ab12aa5cfc6cad2179f07f7e4c0fc75ac86ef0639", "python",
           lambda rel: rel.startswith("jax/") and rel.endswith((".py", ".pyi")),
           "the `jax/` package of the sdist (618 `.py`: the public modules re-export the "
           "private `_src/` with `from jax._src.x import y as y`, 18 answer deprecated "
           "names with `__getattr__ = _deprecation_getattr(...)`, `numpy/__init__.pyi` and `nn/__init__.pyi` "
           "stubs beside their `__init__.py`, class hierarchies of tracers and primitives "
           "across `_src/`); jaxlib, numpy and its other dependencies are not installed"),
    Corpus("openai", "npm", "openai", "7.60.0",
           "7506885e23fe43b71e3f818b8e650a63d7b9ea738719a81c7133a4ff415385ac", "typescript",
           _ts_sources, "the TypeScript sources it ships in `src/` (453 files: every "
           "`resources/` class extends `APIResource` and is merged with a namespace of the "
           "same name re-exporting its types, `export declare namespace Chat { export { ... "
           "} }`; `index.ts` barrels of `export *` and `export { X } from`; overloaded "
           "`create` methods; a vendored zod-to-json-schema); zod, ws and its other "
           "dependencies are not installed"),
    Corpus("tone", "npm", "tone", "15.5.44",
           "86a41eecc5314d3865cd5459fe53a7bc33f37dcdec074b95461c709f6257bff9", "typescript",
           lambda rel: rel.startswith("Tone/") and rel.endswith(".ts"),
           "the TypeScript sources it ships in `Tone/` (Tone.js: 191 modules whose classes "
           "extend each other across files, `ToneAudioNode` < `Source` < `Oscillator` < ..., "
           "with `Tone/index.ts` and `Tone/classes.ts` barrels of `export *`, overloaded "
           "constructors and methods, `core/util/global.d.ts`) and the 145 `*.test.ts` "
           "beside them, whose `test/helper/` modules are not shipped; "
           "standardized-audio-context, chai and the other dependencies are not installed"),
    # Added on 2026-12-03 (session 36): a fourteenth round of code nobody tuned impact against.
    Corpus("pymc", "pypi", "pymc", "5.26.1",
           "b49aeea21e4f50792aa7b0c537bd92abb5542950f93dc254ca86116d8a654a93", "python",
           _package_and_tests("pymc"), "the `pymc/` package of the sdist (its `__init__` "
           "star-imports 17 subpackages, whose own `__init__` files star-import their modules "
           "and concatenate their `__all__`; distributions subclass each other across "
           "modules; `__getattr__` on classes) and its `tests/`; pytensor, arviz and the other "
           "dependencies are not installed"),
    Corpus("librosa", "pypi", "librosa", "0.11.0",
           "f5ed951ca189b375bbe2e33b2abd7e040ceeee302b9bbaeeffdfddb8d0ace908", "python",
           lambda rel: rel.startswith(("librosa/", "tests/")) and rel.endswith((".py", ".pyi")),
           "the `librosa/` package of the sdist (`librosa`, `core`, `feature` and `util` bind "
           "their names lazily, `__getattr__, __dir__, __all__ = lazy.attach_stub(__name__, "
           "__file__)`, from the `__init__.pyi` stub beside each `__init__.py`, which checkers "
           "read instead) and its `tests/`; lazy_loader, numpy and the other dependencies are "
           "not installed"),
    Corpus("vega-lite", "npm", "vega-lite", "6.5.0",
           "811230a6bfd2cdbfc359d0c38f624a90df86657b7f251b67be88bcc4eee32b7f", "typescript",
           _ts_sources, "the TypeScript sources it ships in `src/` (188 files importing each "
           "other by `.js` specifiers; `compile/` model classes extend each other across files, "
           "`UnitModel` < `ModelWithField` < `Model`, and so do the parse nodes of "
           "`compile/data/`); vega, vega-util and its other dependencies are not installed"),
    Corpus("zrender", "npm", "zrender", "6.1.0",
           "38f2fb722a638be016ca0175b139c40c886ef47fc2afdb741b2e7e7ae9683f9c", "typescript",
           lambda rel: rel.startswith("src/") and rel.endswith(".ts") or rel == "index.ts",
           "the TypeScript sources it ships in `src/` (shapes extend `Path` < `Displayable` < "
           "`Element` across files; `src/export.ts` re-exports default exports by name and "
           "modules it imports as namespaces, `src/all.ts` both by `export *`; "
           "`src/global.d.ts`) and the `index.ts` beside them, without the compiled `lib/`; "
           "tslib, its dependency, is not installed"),
    # Added on 2026-12-03 (session 37): a fifteenth round of code nobody tuned impact against.
    Corpus("pyvista", "pypi", "pyvista", "0.49.2",
           "24cf548b15a375ddb0952bda5ea0ae4948006c7ab724cd676c420f8e04b3718d", "python",
           _package_and_tests("pyvista"), "the `pyvista/` package of the sdist (its `__init__` "
           "star-imports `pyvista.core`, whose `__init__` star-imports `utilities` and "
           "`_typing_core`, and `pyvista.plotting` under a condition; a module `__getattr__` in "
           "`pyvista`, `_vtk`, `utilities`, `errors` and `examples` for deprecated and lazy "
           "names; `DataSet` < `DataObject` and the mesh classes with their filter mixins across "
           "modules; nearly every typing import under `if TYPE_CHECKING:`) and its `tests/`; "
           "vtk, numpy and the other dependencies are not installed"),
    Corpus("holoviews", "pypi", "holoviews", "1.23.2",
           "e0c511e6d4db4f370f2550d363c23b70d7ee4f2310f1c7995b0f89cacf1eb107", "python",
           _under("holoviews"), "the `holoviews/` package of the sdist, its `tests/` included "
           "(367 files: `holoviews/__init__` re-exports the core and element classes and "
           "answers `annotate` and `testing` lazily with a module `__getattr__`, as "
           "`core/util/__init__` does; `Element` < `Dimensioned` < `LabelledData` and the plot "
           "classes of each backend subclass each other across modules and subpackages); "
           "param, numpy, pandas, bokeh and matplotlib are not installed"),
    Corpus("puppeteer-core", "npm", "puppeteer-core", "24.43.1",
           "b6853eba26fa6b686727cdad5d09a5765d231a6ca0f5b74ccb236713c696f400", "typescript",
           _ts_sources, "the TypeScript sources it ships in `src/` (177 files: `api/` abstract "
           "classes `Page`, `Frame`, `ElementHandle` extended by `cdp/` and `bidi/` across "
           "files; `cdp/cdp.ts`, `common/common.ts` and `api/api.ts` barrels of 17-38 `export "
           "*`, re-exported again by `index.ts` and `puppeteer-core.ts`; overloaded "
           "`waitForSelector`, `$eval`, `on`); devtools-protocol, chromium-bidi and ws are not "
           "installed"),
    Corpus("tldraw-editor", "npm", "@tldraw/editor", "5.1.1",
           "b18174d43558a9d4485528535cdebbf039d26aa7bc5d5968e268329e0c627b83", "typescript",
           lambda rel: rel.startswith("src/") and rel.endswith((".ts", ".tsx")),
           "the TypeScript sources it ships in `src/`, `.ts` and `.tsx` with the `*.test.ts` "
           "beside them (223 files: `src/index.ts` re-exports some 600 names by `export { } "
           "from` and `export *`; shape utils and tool state nodes extend `ShapeUtil`, "
           "`StateNode` across files; `declare module` augmentations of the tlschema maps); "
           "@tldraw/tlschema, @tldraw/store, react and its other dependencies are not "
           "installed"),
    # Added on 2026-12-04 (session 39): a sixteenth round of code nobody tuned impact against.
    Corpus("hikari", "pypi", "hikari", "2.7.0",
           "2a45ed800cb749411c20e665e584d62adbf12b9f0dc70e52e81637fcd4cbf44e", "python",
           lambda rel: rel.startswith(("hikari/", "tests/")) and rel.endswith((".py", ".pyi")),
           "the `hikari/` package of the sdist (its `__init__.py` star-imports 49 modules by "
           "their absolute names, `from hikari.colors import *`, each with an `__all__`, and the "
           "`__init__.pyi` stub beside it, which checkers read instead, does the same and adds "
           "70 explicit re-exports, `from hikari.applications import Application as "
           "Application`; `api/`, `events/`, `impl/`, `interactions/` have stubs too; nearly "
           "every typing import "
           "under `if typing.TYPE_CHECKING:`; channel, event and interaction classes subclass "
           "each other across modules) and its `tests/` (`tests/hikari/`, a package beside the "
           "real one); aiohttp, attrs, multidict and the other dependencies are not installed"),
    Corpus("kikuchipy", "pypi", "kikuchipy", "0.13.1",
           "e5dc1e1ae15b4619110bee4a3ccc74c0a1da825015eb33bef73dcea6bad95ea4", "python",
           lambda rel: rel.startswith("src/") and rel.endswith((".py", ".pyi"))
           or rel.startswith("tests/") and rel.endswith(".py"),
           "`src/kikuchipy/` (a src layout: the package and 27 subpackages bind their names "
           "lazily, `__getattr__, __dir__, __all__ = lazy_loader.attach_stub(__name__, "
           "__file__)`, from the `__init__.pyi` stub beside each `__init__.py`; signal classes "
           "`EBSD` < `KikuchipySignal2D` subclass hyperspy's across modules) and `tests/`; "
           "lazy_loader, hyperspy, orix, numpy and the other dependencies are not installed"),
    Corpus("blueprint-core", "npm", "@blueprintjs/core", "6.20.0",
           "780c2f73b4ade1e0fa1c3f9012ee4c69aa10a5a70a577d4f314f3519d4606d5e", "typescript",
           lambda rel: rel.startswith("src/") and rel.endswith((".ts", ".tsx")),
           "the TypeScript sources it ships in `src/`, `.ts` and `.tsx` with the `*.test.tsx` "
           "beside them (299 files: `src/index.ts` is a barrel of `export *` of `common/`, "
           "`components/`, `context/`, `hooks/`, whose `index.ts` files re-export by name, "
           "values and `type` specifiers side by side; class components extend "
           "`AbstractPureComponent` across files; JSX everywhere); react, @blueprintjs/icons "
           "and its other dependencies are not installed"),
    Corpus("deckgl-core", "npm", "@deck.gl/core", "9.4.0",
           "28328885fe8dd7c5411eb681930a3395a41f26aa0a636cb5d1a4c2ef5f59dd38", "typescript",
           lambda rel: rel.startswith("src/") and rel.endswith(".ts"),
           "the TypeScript sources it ships in `src/` (123 files: `index.ts` re-exports by "
           "name and by `export type {...}` from `lib/`, `views/`, `controllers/`, "
           "`viewports/`, `transitions/`, `utils/`; `CompositeLayer` < `Layer` < `Component`, "
           "the controllers and views subclass each other across files); @luma.gl, @math.gl "
           "and its other dependencies are not installed"),
    # Added on 2026-12-04 (session 40): a seventeenth round of code nobody tuned impact against.
    Corpus("anndata", "pypi", "anndata", "0.12.19",
           "336ccc88463b56c22969634ca5256c3829af8b087a5a4ecfdac3504fedaa27cc", "python",
           lambda rel: rel.startswith("src/") and rel.endswith((".py", ".pyi"))
           or rel.startswith("tests/") and rel.endswith(".py"),
           "`src/anndata/` and `src/testing/` (a src layout: `anndata/__init__`, `_io/__init__` "
           "and `experimental/__init__` answer deprecated and moved names with a module "
           "`__getattr__`; the `_settings.pyi` stub beside `_settings.py`; most typing imports "
           "under `if TYPE_CHECKING:`; `AnnData` and its aligned-mapping and backed-array "
           "classes subclass each other across modules) and `tests/`; numpy, pandas, h5py, "
           "zarr and the other dependencies are not installed"),
    Corpus("disnake", "pypi", "disnake", "2.12.2",
           "5e1e71dbbb18595ed8767262bc908aa66eab5e2cb86bfca7f3b20754e6a5433f", "python",
           lambda rel: rel.startswith("disnake/") and rel.endswith((".py", ".pyi")),
           "the `disnake/` package of the sdist, which has no tests (161 files: `__init__` "
           "star-imports some 70 modules, each with an `__all__`, as `ui/`, `ext/commands/` and "
           "`interactions/` do; typing imports under `if TYPE_CHECKING:` in 111 files; channel, "
           "interaction and component classes subclass each other across modules; "
           "`_version.pyi`); aiohttp and the other dependencies are not installed"),
    Corpus("anthropic-sdk", "npm", "@anthropic-ai/sdk", "1.17.0",
           "074c03ca14c2ac12b7beb9744f1c5bf2846da47e371c8f2af46bd8126bd927df", "typescript",
           _ts_sources, "the TypeScript sources it ships in `src/` (415 files: every "
           "`resources/` class extends `APIResource` and is merged with a namespace of the same "
           "name re-exporting its types, `export declare namespace Messages { export { ... } }`; "
           "`index.ts` barrels of `export *` and `export { X } from`; overloaded `create` "
           "methods, streaming or not; `lib/` helpers and tool runners)"),
    Corpus("luma-core", "npm", "@luma.gl/core", "9.4.2",
           "77b9fb231888974d1e0320e4fd831ec12b8d631f85fbbbf1f7975a11ed411668", "typescript",
           _ts_sources, "the TypeScript sources it ships in `src/` (72 files: abstract "
           "`Resource` subclasses, `Buffer`, `Texture`, `RenderPipeline`, ..., across "
           "`adapter/resources/`, re-exported by `index.ts` by name and by `export type {...}`; "
           "`shadertypes/` type-only modules); @math.gl and its other dependencies are not "
           "installed"),
    # Added on 2026-12-04 (session 41): an eighteenth round of code nobody tuned impact against.
    Corpus("urwid", "pypi", "urwid", "5.1.0",
           "36c8aa321fe5ac0c47dccc913bfbbd504d96caad8644c5a7ada0ec8c522fb808", "python",
           lambda rel: rel.startswith("urwid/") and rel.endswith(".py"),
           "the `urwid/` package of the sdist, which has no tests (82 files: `urwid/__init__` "
           "and `display/__init__` answer moved and deprecated names with a module "
           "`__getattr__`; `widget/`, `display/` and `event_loop/` re-export their modules by "
           "name; typing imports under `if typing.TYPE_CHECKING:` in 75 files; the widget "
           "classes, `Widget` < `WidgetWrap`, `WidgetDecoration` < `AttrMap`, `Padding`, ..., "
           "subclass each other across modules)"),
    Corpus("pyglet", "pypi", "pyglet", "2.1.19",
           "77fae024df940c60917ba604bab9b7e26306d66734186634b698c708cdd9f4be", "python",
           lambda rel: rel.startswith(("pyglet/", "tests/")) and rel.endswith((".py", ".pyi")),
           "the `pyglet/` package of the sdist and its `tests/` (333 files: `pyglet/__init__` "
           "binds its submodules lazily through `_ModuleProxy` objects and has a `__init__.pyi` "
           "stub beside it, as `display/` has; `gl/` star-imports `gl.py`, `lib.py` and "
           "`gl_compat.py`, with `.pyi` stubs beside two of them; per-platform backends of "
           "`window/`, `media/`, `font/` subclass each other across modules; typing imports "
           "under `if TYPE_CHECKING:` in 72 files)"),
    Corpus("radix-themes", "npm", "@radix-ui/themes", "3.3.0",
           "6275ab12eb6b35c56ce44b2f65786a8226642078584e6dd3a423766a327a992a", "typescript",
           lambda rel: rel.startswith("src/") and rel.endswith((".ts", ".tsx")),
           "the TypeScript sources it ships in `src/` (149 files, 111 of them `.tsx`: one "
           "component a module beside its `*.props.tsx`, `components/index.ts` re-exporting "
           "them by `export *` and as namespaces, `export type {...}` of each props type; "
           "`props/` prop definitions read across files); radix-ui, react and its other "
           "dependencies are not installed"),
    Corpus("patternfly-core", "npm", "@patternfly/react-core", "6.6.1",
           "e90c6b46c3fbfa2aeccaafce1e03a6c07443fae99fd5dfb0479de075f4efd573", "typescript",
           lambda rel: rel.startswith("src/") and rel.endswith((".ts", ".tsx"))
           and not any(part in rel for part in ("/examples/", "/__tests__/", "/deprecated/",
                                                 "/demos/")),
           "the TypeScript sources it ships in `src/` without examples, tests, demos and "
           "`deprecated/` (553 files, most `.tsx`: class and function components, "
           "`components/index.ts` and each component's `index.ts` barrels of `export *`; "
           "props interfaces and enums, `ButtonVariant`, `PopoverPosition`, ..., read across "
           "components; a vendored popper in `helpers/Popper/`); react, "
           "@patternfly/react-styles, react-icons and its other dependencies are not "
           "installed"),
    # Added on 2026-12-04 (session 42): a nineteenth round of code nobody tuned impact against.
    Corpus("anthropic-py", "pypi", "anthropic", "2.17.0",
           "1be6bc44c4eca7e439432737e4af5c7a2d4935c5ebbf7b24cb75560c238a5934", "python",
           _src_and_tests, "`src/anthropic/` and `tests/` of the sdist (an SDK: the `Anthropic` "
           "client of `_client.py` binds its resources lazily, `cached_property` over imports "
           "under `if TYPE_CHECKING:`; `resources/` classes extending `SyncAPIResource`, "
           "`lib/` helpers for Bedrock, Vertex, sessions and tool runners taking the client; "
           "`types/` of some 2,000 models re-exported by `from .x import X as X`); httpx, "
           "pydantic and the other dependencies are not installed"),
    Corpus("hyperspy", "pypi", "hyperspy", "2.5.0",
           "eafc7fb1c616bd571b757839fc9f69ef6ca09c7e6def89878f87a27afcb39756", "python",
           lambda rel: rel.startswith("hyperspy/") and rel.endswith(".py"),
           "the `hyperspy/` package of the sdist with its tests inside it in `hyperspy/tests/` "
           "(408 files: `api`, `signals`, `components1d`, `components2d`, `utils/` and 18 more "
           "modules answer names lazily or deprecated through a module `__getattr__`; the "
           "signal classes, `BaseSignal` < `Signal1D` < `ComplexSignal1D`, ..., and the model "
           "components subclass each other across `_signals/`, `_components/`, `models/`); "
           "numpy, traits, rosettasciio and the other dependencies are not installed"),
    Corpus("refine-core", "npm", "@refinedev/core", "5.0.12",
           "d8711deabe2ff8a234244334b7020131bd756826445d8525c06adf96cfd99ab3", "typescript",
           lambda rel: rel.startswith("src/") and rel.endswith((".ts", ".tsx")),
           "the TypeScript sources it ships in `src/` (210 files, 59 of them `.tsx`: hooks, "
           "contexts and components of an admin-app framework, barrels of `export *`, "
           "`export type {...}`, overloaded hooks); @tanstack/react-query, react and its other "
           "dependencies are not installed"),
    Corpus("mistral-ts", "npm", "@mistralai/mistralai", "2.7.0",
           "9b66b96aa08a6a20152ed807947c8162ea2f68c5b316b7cf73ab72dfd6a96e3b", "typescript",
           _ts_sources, "the TypeScript sources it ships in `src/` (1,209 files of a generated "
           "SDK: the `Mistral` client of `sdk/sdk.ts` makes its resource classes lazily, each "
           "method calling a standalone function of `funcs/` that takes the client core; "
           "`models/` of schemas and types re-exported by `index.ts` barrels of `export *`; "
           "string enums); zod and its other dependencies are not installed"),
    # Added on 2026-12-04 (session 43): a twentieth round of code nobody tuned impact against.
    Corpus("invoke", "pypi", "invoke", "2.2.1",
           "515bf49b4a48932b79b024590348da22f39c4942dff991ad1fb8b8baea1be707", "python",
           lambda rel: rel.startswith(("invoke/", "tests/")) and rel.endswith(".py")
           and not rel.startswith("invoke/vendor/"),
           "the `invoke/` package of the sdist without its vendored `vendor/` (lexicon, "
           "fluidity, yaml) and its `tests/` (a CLI application: `Program`, `Executor`, "
           "`Collection`, `Context`, `Runner`, `Config` made once and used through instances "
           "across modules; `tests/_support/` task modules)"),
    Corpus("websockets", "pypi", "websockets", "15.0.1",
           "82544de02076bafba038ce055ee6412d68da13ab47f0c60cab827346de828dee", "python",
           lambda rel: rel.startswith("src/") and rel.endswith((".py", ".pyi"))
           or rel.startswith("tests/") and rel.endswith(".py"),
           "`src/websockets/` (a src layout: `__init__` and `legacy/`'s modules bind names "
           "lazily through `lazy_import(globals(), aliases={...})`, which installs a module "
           "`__getattr__`, and import them under `if TYPE_CHECKING:` for checkers; the "
           "`speedups.pyi` stub of its C extension; `asyncio/`, `sync/` and `legacy/` "
           "implementations of one `Protocol`) and `tests/`"),
    Corpus("mux-node", "npm", "@mux/mux-node", "12.8.0",
           "371319aa102f2dfb972aacb8faef29421a15977a08d7a3a8dc6505d2159a6403", "typescript",
           _ts_sources, "the TypeScript sources it ships in `src/` (an SDK: every `resources/` "
           "class extends `APIResource` and calls the `Mux` client through "
           "`this._client.get(...)`, `post`, `getAPIList`; namespaces merged with the classes "
           "re-export their types; `_shims/` runtime selection, `util/jwt-util.ts`)"),
    Corpus("react-aria-components", "npm", "react-aria-components", "1.13.0",
           "8c219cf706768e8a997404d6b01b28f8d8ca2e3016a21ab3b60cadba5ff605a3", "typescript",
           lambda rel: rel.startswith("src/") and rel.endswith((".ts", ".tsx")),
           "the TypeScript sources it ships in `src/` (68 files, 64 of them `.tsx`: one "
           "component family a module, each with its props interface, a context made with "
           "`createContext` read by the others through `useContextProps`, render-props "
           "objects; `index.ts` re-exports by name and `export type {...}`); react-aria, "
           "react-stately, react and its other dependencies are not installed"),
    Corpus("flask-restx", "pypi", "flask-restx", "1.3.2",
           "0ae13d77e7d7e4dce513970cfa9db45364aef210e99022de26d2b73eb4dbced5", "python",
           _package_and_tests("flask_restx"),
           "the `flask_restx/` package of the sdist and its `tests/` (a Flask extension: "
           "`Api`, `Namespace`, `Resource`, `Model`, `RequestParser`, `fields.Raw` "
           "subclasses made once and used through instances across modules; flask, werkzeug, "
           "jsonschema and pytest-flask not installed)"),
    Corpus("pygit2", "pypi", "pygit2", "1.21.0",
           "1e987fbef899d1bf12aecc10b33acc917d60266ca114428dfc260df4451a555f", "python",
           lambda rel: rel.startswith("pygit2/") and rel.endswith((".py", ".pyi"))
           or rel.startswith("test/") and rel.endswith(".py"),
           "the `pygit2/` package (Python classes over a C extension and cffi: "
           "`_pygit2.pyi` and `_libgit2/ffi.pyi` stub what is compiled, `Repository` "
           "subclasses the stubbed `_Repository`; `enums.py` IntFlag/IntEnum classes) and "
           "its `test/`; the extension is not built"),
    Corpus("telegraf", "npm", "telegraf", "4.16.3",
           "5015432a219a2362a71c5e84b70c2926d572ed618fb67cee080d11380a43861c", "typescript",
           _ts_sources, "the TypeScript sources it ships in `src/` (37 files: the `Telegram` "
           "client class extends `ApiClient` and is used across modules as "
           "`this.telegram.sendMessage(...)` by `Context`, `Telegraf`, scenes; `Composer` "
           "middleware); @telegraf/types and its other dependencies are not installed"),
    Corpus("react-native-paper", "npm", "react-native-paper", "5.15.4",
           "a3ec198e0a1af3e80884b19653f9386b6c826ffa526d1a9f034bc85e51efdcca", "typescript",
           lambda rel: rel.startswith("src/") and rel.endswith((".ts", ".tsx"))
           and not rel.endswith(".d.ts"),
           "the TypeScript sources it ships in `src/` (169 files, 144 of them `.tsx`: "
           "component folders with props types, themes, `withInternalTheme`, contexts); "
           "react, react-native and its other dependencies are not installed"),
    # Added on 2026-12-05 (session 45): round 22, code nobody tuned impact against.
    Corpus("tyro", "pypi", "tyro", "1.0.17",
           "484a040f4bebf8374df2e3fa202b10e413f8d1506ca997ba18cd149bb540203e", "python",
           lambda rel: rel.startswith("src/tyro/") and rel.endswith(".py"),
           "`src/tyro/` (56 files, a CLI generator built around `@dataclass` records made in "
           "one module and read through instances in others: `_fields.FieldDefinition`, "
           "`_arguments.ArgumentDefinition`, `_parsers.ParserSpecification`; `conf/`, "
           "`constructors/`, `_backends/`), without its generated tests; docstring-parser, "
           "rich, shtab and typeguard are not installed"),
    Corpus("nats-py", "pypi", "nats_py", "2.9.0",
           "01886eb9e0a87f0ec630652cf1fae65d2a8556378a609bc6cc07d2ea60c8d0dd", "python",
           _package_and_tests("nats"),
           "the `nats/` package of the sdist (an asyncio client: `aio/client.py`'s `Client` "
           "writes through `self._transport.write(...)` to the `aio/transport.py` classes, "
           "`js/` JetStream managers and `micro/` services on top of it) and its `tests/`; "
           "nkeys, aiohttp and the other optional dependencies are not installed"),
    Corpus("loopback-repository", "npm", "@loopback/repository", "8.0.15",
           "10342eb58a64aea6559fa7baae1d2d929dac6c85c14a27477231ce383366d8bd", "typescript",
           _ts_sources, "the TypeScript sources it ships in `src/` (76 files: an ORM layer of "
           "interfaces extending interfaces, `EntityCrudRepository extends EntityRepository, "
           "CrudRepository`, classes implementing them, `relations/` factories and "
           "repositories, `index.ts` barrels); @loopback/core, loopback-datasource-juggler "
           "and its other dependencies are not installed"),
    Corpus("objection", "npm", "objection", "3.1.5",
           "7e7f494fb730084de1c76f6d92c06c6335f8b8fb0dcbaacdae949d790a5c6a36", "javascript",
           lambda rel: rel.startswith("lib/") and rel.endswith(".js") or rel == "package.json",
           "its 174 CommonJS `lib/` files (plain JavaScript ES classes: `QueryBuilder extends "
           "QueryBuilderBase`, `Model`, relations and query operations subclassing each other, "
           "imported with `const { X } = require('./X')` and exported with `module.exports = "
           "{ X }`) and package.json, without `typings/` (tsc would read them instead of the "
           "edited JavaScript); knex, ajv and db-errors are not installed"),
    Corpus("eleventy", "npm", "@11ty/eleventy", "3.1.8",
           "c818a912a1fa65ec2337ac5bbc43dc6dfb657e343f98a1d6f227fd5c6cf7a8ba", "javascript",
           lambda rel: rel.startswith("src/") and rel.endswith(".js") or rel == "package.json",
           "its 110 ESM `src/` files (plain JavaScript ES classes with some JSDoc: `Template "
           "extends TemplateContent`, `TemplateConfig`, `TemplateWriter`, `UserConfig`, "
           "`Engines/` subclassing `TemplateEngine`, each made in one module and used through "
           "instances and `this.x.y()` in others) and package.json; @11ty/eleventy-utils and "
           "its other dependencies are not installed"),
    # Added on 2026-12-05 (session 46): round 23, code nobody tuned impact against.
    Corpus("psycopg", "pypi", "psycopg", "3.3.9",
           "87c1d85c3e0e88e811d3c0b3808f947bd967c6faf34af6cd86fd021f77793d6c", "python",
           lambda rel: rel.startswith("psycopg/") and rel.endswith((".py", ".pyi")),
           "the `psycopg/` package of the sdist (84 files: `abc.py` Protocols, `Connection` "
           "and `AsyncConnection` over `BaseConnection`, cursors, `Transformer`, `types/` "
           "dumpers and loaders subclassing `adapt.Dumper` / `adapt.Loader`, `pq/` with its "
           "`_pq_ctypes.pyi` stub, an `__init__.py` re-export layer); no test suite shipped, "
           "its optional dependencies are not installed"),
    Corpus("pydantic-settings", "pypi", "pydantic_settings", "2.16.3",
           "10e36f616623ebb586c05ca3d3cd22927146869db413d4f14c20c514442a1337", "python",
           _package_and_tests("pydantic_settings"),
           "the `pydantic_settings/` package of the sdist and its `tests/` (37 files: "
           "`BaseSettings` pydantic models, `sources/` settings sources subclassing the ABC "
           "`PydanticBaseSettingsSource` and each other, re-exported by `sources/__init__.py` "
           "and the package's `__init__.py`); pydantic and the other dependencies are not "
           "installed"),
    Corpus("signalr", "npm", "@microsoft/signalr", "10.0.11",
           "ae9efcfc7dccfc81b2f69edd4a0f879a8f0c51c0154c469561c4a5c201310b4c", "typescript",
           _ts_sources, "the TypeScript sources it ships in `src/` (34 files: `HubConnection`, "
           "`HttpConnection`, transports implementing `ITransport`, HTTP clients subclassing "
           "`HttpClient`, enums `LogLevel`, `HubConnectionState`, `MessageType`, "
           "`HttpTransportType`, `TransferFormat`, an `index.ts` barrel); its dependencies "
           "are not installed"),
    Corpus("webtorrent", "npm", "webtorrent", "3.0.21",
           "0d4457087237cd9fed0bd5b6db9c0b85e91b4fe037d4c5b007f4066bee595950", "javascript",
           lambda rel: (rel.startswith("lib/") or rel == "index.js") and rel.endswith(".js")
           or rel == "package.json",
           "its ESM `index.js` and `lib/` files (plain JavaScript ES classes: `WebTorrent`, "
           "`Torrent`, `File`, `Server`, `WebConn`, `Selections`, default exports made in one "
           "module and used through instances in others) and package.json; bittorrent-protocol "
           "and its other dependencies are not installed"),
]}
TUNED = ("rich", "date-fns", "rxjs")
