"""JavaScript/TypeScript module resolution over one snapshot's files.

Relative specifiers resolve like Node and TypeScript's bundler resolution: the exact
file, then with an extension added, then TypeScript's habit of writing `./x.js` for
`x.ts` (`.mjs` for `.mts`, `.cjs` for `.cts`), then a directory's `package.json` entry or
its `index.*`. Bare specifiers go, in order, through the `imports` field of the nearest
`package.json` (`#internal`), the `paths` and `baseUrl` of the nearest tsconfig.json or
jsconfig.json, and the packages of the repository itself: workspace members (npm, yarn,
pnpm) and a package importing itself by name, through their `exports` or `main`. Any
other bare specifier names an installed package: External, not checked.

A symbolic link of the revision on the way to a file is followed to its target, as Node
does; one that leads out of the repository, loops or points to nothing makes the
specifier External with a reason, never missing. A relative specifier in a TutorialKit
lesson's file finds, too, what the tutorial's templates hold at the same place
(impact/resolve/tutorial_templates.py).

A specifier that goes to the repository but whose target is not there is missing (None)
only when impact is sure: the target's directory is in the revision (so the file is not
build output that is never committed) and no installed package could answer instead.
Otherwise it is External with a `reason`, which the run reports once as a warning.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Iterable, Iterator
from functools import cached_property

from impact.model import Import
from impact.resolve import External, Links, Missing, Resolution, Resolved, ancestor_dirs, nearest, parent_dirs
from impact.resolve.bundler_aliases import (
    ALIAS_CONFIGS,
    PATH_PREFIX,
    BundlerAliases,
    is_alias_config,
    read_aliases,
)
from impact.resolve.ignored import GITIGNORE, IgnoredPaths
from impact.resolve.js_packages import (
    SubpathMatch,
    catalog_name,
    declared_dependencies,
    declares,
    entry_fields,
    export_targets,
    installs_published,
    local_directory,
    match_exports,
    match_imports,
    never_satisfied,
    pnpm_catalogs,
    read_manifest,
    requested_version,
    split_package_name,
    workspace_packages,
    workspace_roots,
)
from impact.resolve.tsconfig import CONFIG_NAMES, TsConfigs, is_tsconfig
from impact.resolve.tutorial_templates import template_bases

# what code generators name their output: TanStack Router's `routeTree.gen.ts`, hey-api's
# `sdk.gen.ts`, GraphQL codegen's `graphql.generated.ts`, Relay's `__generated__/`, the route
# types of SvelteKit (`./$types`, under `.svelte-kit/types/`, merged through the `rootDirs` of
# the generated `.svelte-kit/tsconfig.json` a project's tsconfig extends) and React Router
# (`./+types/page`), and Paraglide's compiled messages (`src/paraglide/`, its documented `outdir`)
GENERATED_NAME = re.compile(r"(^|/)(__generated__|\+types|paraglide)/|\.(gen|generated)(\.[cm]?[jt]sx?)?$|"
                            r"(^|/)\$types(\.d\.ts|\.[cm]?[jt]s)?$")

# where a bundler writes its build unless its config says otherwise, by the config's name:
# Vite's, Astro's and webpack's `dist/`, Next.js's `.next/`, Nuxt's `.output/` (an Express
# server.js beside astro.config.mjs serves the app through `./dist/server/entry.mjs`)
DEFAULT_OUTPUT_DIRS = {"vite.config": "dist", "astro.config": "dist", "webpack.config": "dist",
                       "next.config": ".next", "nuxt.config": ".output"}
BUNDLER_CONFIG_SUFFIXES = (".js", ".mjs", ".cjs", ".ts", ".mts")

EXTENSIONS = (".ts", ".tsx", ".d.ts", ".js", ".jsx", ".mjs", ".cjs", ".mts", ".cts", ".json")
# what a JavaScript file's relative `require('./x')` or import finds first: the code Node runs
JS_EXTENSIONS = (".js", ".jsx", ".mjs", ".cjs", ".json", ".ts", ".tsx", ".mts", ".cts", ".d.ts")
JS_IMPORTERS = (".js", ".jsx", ".mjs", ".cjs")
# what a specifier without an extension finds last: a component, where the bundler's
# `resolve.extensions` lists it (Vue CLI's default; pretalx's `import Session from './Session'`)
COMPONENT_EXTENSIONS = (".vue", ".svelte")
SVELTEKIT_LIB = "$lib"
# what tsc tries for a specifier's extension when no file has it: a `.tsx` or `.jsx` specifier
# finds a `.ts` file and a `.ts` one a `.tsx` file (`./NavigationMode.tsx` -> NavigationMode.ts)
TS_FOR_JS = {".js": (".ts", ".tsx", ".d.ts"), ".jsx": (".tsx", ".ts", ".d.ts"),
             ".ts": (".tsx", ".d.ts"), ".tsx": (".ts", ".d.ts"), ".mjs": (".mts", ".d.mts"),
             ".cjs": (".cts", ".d.cts")}
TS_SOURCES = (".ts", ".tsx", ".mts", ".cts")
DECLARATIONS = (".d.ts", ".d.mts", ".d.cts")
# a name a declaration file introduces (`declare const X`, `interface X`, `function X`, ...)
DECLARED_NAME = re.compile(rb"\b(?:const|let|var|function|class|interface|type|enum|namespace|module)"
                           rb"\s+([A-Za-z_$][\w$]*)")
INDEX_FILES = tuple(f"index{ext}" for ext in EXTENSIONS)
PNPM_WORKSPACE = "pnpm-workspace.yaml"
NODE_MODULES = "node_modules/"
PROBE = "impact-probe-of-an-ignored-directory"
# a file a package.json script writes: `... > src/core/version.ts`, `>> out.js` (not `2>&1`)
SCRIPT_REDIRECT = re.compile(r"(?<![\d&>])>>?\s*([\w.@/-]+\.[A-Za-z]+)\b")
# vitest's configuration, read before a Vite config in the same directory
TEST_CONFIGS = tuple(f"{tool}.config.{suffix}" for tool in ("vitest", "vite")
                     for suffix in ("ts", "mts", "cts", "js", "mjs", "cjs"))
VITEST_GLOBALS_ON = re.compile(rb"""\bglobals['"]?\s*:\s*true\b""")
# builds that bind the names modules use unbound (auto-imports: `ref`, `useFetch`, a store's
# `defineStore`): a Nuxt or Nitro project, and a package built with unplugin-auto-import
AUTO_IMPORT_CONFIGS = tuple(f"{tool}.config.{suffix}" for tool in ("nuxt", "nitro")
                            for suffix in ("js", "mjs", "ts", "mts"))
AUTO_IMPORT_PACKAGES = frozenset({"unplugin-auto-import"})


_CONFIG_FILE_NAMES = frozenset({"package.json", PNPM_WORKSPACE, GITIGNORE, *CONFIG_NAMES})


def is_config_file(path: str) -> bool:
    """Files that steer resolution: package.json, tsconfig/jsconfig, pnpm-workspace.yaml."""
    name = path.rpartition("/")[2]
    return "node_modules/" not in path and (
        name in _CONFIG_FILE_NAMES
        or name.startswith(("tsconfig", "jsconfig")) and name.endswith(".json"))


Target = str | External | None  # inside the resolver; Resolution at its interface
# a placeholder of a template engine (Jinja, Handlebars, EJS, a JS template literal) in a
# specifier: the file is a template a generator renders (`./services/{{ service.name }}`)
TEMPLATE_SYNTAX = re.compile(r"\{\{|\{%|<%|\$\{")
# what a template engine's source of a file is named: the file's name and the engine's suffix
# (pipecat's CLI renders `src/config.ts.jinja2` into the `src/config.ts` its project imports)
TEMPLATE_SUFFIXES = (".jinja2", ".jinja", ".j2", ".tmpl", ".tpl", ".hbs", ".ejs", ".mustache")
# what a specifier without an extension finds where a bundler's loader compiles another language
# and its `resolve.extensions` lists that language's (kobotoolbox/kpi's webpack: coffee-loader and
# `.coffee`; its decaffeinated `view.js` still requires `./view.templates`, view.templates.coffee)
COMPILED_SOURCE_SUFFIXES = (".coffee", ".litcoffee")


def _naming(paths: list[str]) -> re.Pattern[bytes] | None:
    """What finds, in a config's text, one of `paths` named as a path ends (`"./base.json"`,
    `"../base"`, `"@acme/tsconfig/base.json"`): what `extends` may name. None: no path."""
    files = {posixpath.basename(path) for path in paths}
    names = {name for file in files for name in (file, file.removesuffix(".json")) if name}
    if not names:
        return None
    alternatives = b"|".join(re.escape(name.encode()) for name in sorted(names))
    return re.compile(rb'["/\\](?:' + alternatives + rb')"')


class JsResolver:
    def __init__(self, paths: frozenset[str], config_files: dict[str, bytes],
                 read: Callable[[list[str]], dict[str, bytes]] | None = None,
                 links: Links | None = None, ignored: IgnoredPaths | None = None,
                 submodules: frozenset[str] = frozenset()):
        self.paths = paths
        self.submodules = submodules  # git submodules: their files are not in the revision
        self.dirs = ancestor_dirs(paths)
        self.links = links or Links()
        self._config_files = dict(config_files)
        self._read_more = read
        self.problems: list[str] = []  # configuration files impact could not read
        self.manifests = {posixpath.dirname(path): read_manifest(path, data, self.problems)
                          for path, data in config_files.items()
                          if posixpath.basename(path) == "package.json"}
        self.entries = {directory: entry_fields(manifest)
                        for directory, manifest in self.manifests.items()}
        pnpm = {p: d for p, d in config_files.items() if posixpath.basename(p) == PNPM_WORKSPACE}
        self.workspaces = workspace_packages(self.manifests, pnpm, self.problems)
        # pnpm workspace root -> its catalogs (`"next": "catalog:"` asks for the version they give)
        self.catalogs = {posixpath.dirname(path): pnpm_catalogs(data) for path, data in pnpm.items()}
        # a package neither a member nor a workspace's root: an example or template installed
        # on its own
        self.outside_workspaces = frozenset(self.manifests) - frozenset(self.workspaces.values()) \
            - workspace_roots(self.manifests, pnpm)
        self.dependencies = declared_dependencies(self.manifests)
        # the revision's `.gitignore` files, read once per revision when the caller has them
        self.ignored = ignored if ignored is not None else IgnoredPaths(
            {p: d for p, d in config_files.items() if posixpath.basename(p) == GITIGNORE})
        self.tsconfigs = TsConfigs(frozenset(p for p in config_files if p in paths and is_tsconfig(p)),
                                  self._read, self.workspaces)
        self._program_configs: frozenset[str] | None = None
        self._resolved: dict[tuple[str, str], Target] = {}
        self._by_importer: dict[tuple[str, str], Target] = {}
        self._in_packages: dict[tuple[str, str], Target] = {}
        self._package_scope: dict[str, str | None] = {}
        self._auto_import_projects: dict[str, str | None] = {}
        self._test_configs: dict[str, str | None] = {}  # directory -> its vitest (or Vite) config
        self._alias_configs: dict[str, str | None] = {}  # directory -> its bundler config
        self._bundler_aliases: dict[str, BundlerAliases | None] = {}

    def share_answers(self, other: JsResolver, changed: Iterable[str], links_changed: bool) -> None:
        """Share what this revision and `other` answer alike, given the paths a diff between
        them changes, when no link changed and no changed file is one a resolver reads (a
        package.json, a tsconfig, a bundler's config, a .gitignore, a file a tsconfig
        `extends`): every file's tsc project is then the same in both (a source file or a
        locale's `en.json` changes none), and when both hold the same files, every import
        resolves alike too (they hold the same files and read the same configs)."""
        changed = list(changed)
        read = self._config_files.keys() | other._config_files.keys()
        if links_changed or any(path in read or is_config_file(path) or is_alias_config(path)
                                for path in changed):
            return
        named = _naming(changed)
        if named is not None and any(named.search(resolver._read(config) or b"") for resolver in (self, other)
                                     for config in resolver.tsconfigs.config_paths):
            return
        self.tsconfigs.share_projects(other.tsconfigs)
        if self.paths == other.paths and self.submodules == other.submodules:
            self._resolved.update(other._resolved)
            self._by_importer.update(other._by_importer)
            other._resolved, other._by_importer = self._resolved, self._by_importer

    @property
    def warnings(self) -> list[str]:
        """What could not be resolved, one line per cause (in the order met)."""
        reasons = dict.fromkeys(t.reason for t in self._resolved.values()
                                if isinstance(t, External) and t.reason)
        return [*dict.fromkeys([*self.problems, *self.tsconfigs.problems]), *reasons]

    def package_declarations(self, name: str) -> frozenset[str] | None:
        """The names the declaration files of package `name` declare (a superset: every name
        a declaration keyword introduces), where the revision holds it installed
        (`node_modules/<name>/`); None where it does not."""
        inside = f"{NODE_MODULES}{name}/"
        files = sorted(p for p in self.paths if p.endswith(DECLARATIONS) and
                       (p.startswith(inside) or f"/{inside}" in p))
        if not files or self._read_more is None:
            return None
        return frozenset(match.decode() for data in self._read_more(files).values()
                         for match in DECLARED_NAME.findall(data))

    def outside_every_program(self, path: str) -> bool:
        """Whether no tsc project of the repository checks `path` (resolve/tsconfig.py)."""
        if self._program_configs is None:
            self._program_configs = frozenset(p for p in self.paths if is_tsconfig(p))
        return self.tsconfigs.outside_every_program(path, self._program_configs)

    def mapping_roots(self) -> frozenset[str]:
        """The directories an import that finds no file is judged under (`_missing`): each
        package's, and where each tsconfig's `paths` point from. Whether a directory right
        below one of them exists tells a missing module from build output not in the
        revision."""
        return frozenset(self.manifests) | self.tsconfigs.alias_roots()

    def _read(self, path: str) -> bytes | None:
        """A configuration file of the snapshot (an `extends` target may be any file)."""
        if path not in self._config_files:
            found = self._read_more([path]) if self._read_more and path in self.paths else {}
            self._config_files[path] = found.get(path)
        return self._config_files[path]

    def resolve_import(self, imp: Import, importer: str) -> Resolution:
        return self.resolve_spec(imp.source, importer)

    def resolve_spec(self, spec: str, importer: str) -> Resolution:
        """What a specifier of `importer` names (an `export ... from` names one too)."""
        found = self.resolve(spec, importer)
        if found is None:
            return Missing()
        return Resolved(found) if isinstance(found, str) else found

    def resolve(self, spec: str, importer: str) -> Target:
        """The file a specifier names, External, or None when it is certainly missing."""
        found = self._by_importer.get((importer, spec), self)
        if found is self:  # memoised per importer, then per directory and kind of importer
            extensions = JS_EXTENSIONS if importer.endswith(JS_IMPORTERS) else EXTENSIONS
            # the tsc project of the importer, whose `paths` map its bare specifiers
            project = None if spec.startswith(".") else self.tsconfigs.project_of(importer)
            key = (posixpath.dirname(importer), spec, extensions, project)
            if key not in self._resolved:
                self._resolved[key] = self._resolve(spec, key[0], extensions, project,
                                                    node10=self._node10(importer, project))
            found = self._resolved[key]
            if found is None and spec.startswith("."):
                found = self._from_build_copy(spec, importer, extensions)
            self._by_importer[(importer, spec)] = found
        return found

    def _node10(self, importer: str, project: str | None) -> bool:
        """Whether tsc resolves `importer`'s bare specifiers as Node 10 did, `exports` left
        aside: a TypeScript file whose project says so (TsConfigs.ignores_exports)."""
        return project is not None and not importer.endswith(JS_IMPORTERS) and \
            self.tsconfigs.ignores_exports(project)

    def _from_build_copy(self, spec: str, importer: str, extensions: tuple[str, ...]
                         ) -> External | None:
        """External when a relative import that names nothing beside `importer` is meant for
        the copy of it the build puts where its package's entry point says (supabase-js's
        `wrapper.mjs`, copied to `dist/esm/wrapper.mjs` as its `module` and `exports` say,
        imports `../module/index.js`, the build's own output): the entry point's directory is
        not in the revision, and from there the import names a file of it or a path the
        revision does not hold."""
        copy = self._build_copy(importer)
        if copy is None:
            return None
        base = posixpath.normpath(posixpath.join(posixpath.dirname(copy), spec))
        if not base.startswith("..") and (self._file(base, extensions) is not None or
                                          self._absent_part(base) != base):
            return External(spec, f"'{spec}' of {importer} is for the copy of it the build "
                                  f"writes to {copy} (its package's entry point), which is not "
                                  "in this revision; imports of it are not checked")
        return None

    def _build_copy(self, importer: str) -> str | None:
        """Where an entry point of the importer's package names a file of the importer's name
        in a directory the revision does not hold: the build copies the importer there."""
        package_dir = self._scope(posixpath.dirname(importer))
        if package_dir is None:
            return None
        manifest = self.manifests[package_dir]
        entries = (*self.entries[package_dir], *export_targets(manifest.get("exports")))
        targets = (posixpath.normpath(posixpath.join(package_dir, entry)) for entry in entries)
        return next((target for target in targets
                     if posixpath.basename(target) == posixpath.basename(importer)
                     and (directory := posixpath.dirname(target)) not in self.dirs
                     and directory not in ("", package_dir)), None)

    def _resolve(self, spec: str, directory: str, extensions: tuple[str, ...] = EXTENSIONS,
                 project: str | None = None, through_aliases: bool = True, node10: bool = False) -> Target:
        """`node10`: a TypeScript importer whose project resolves modules as Node 10 did (no
        `exports`: TsConfigs.ignores_exports)."""
        if TEMPLATE_SYNTAX.search(spec):
            return External(spec, f"'{spec}' is written with template syntax (a code "
                                  "generator's template fills it in); imports of it are not checked")
        if "?" in spec:  # a bundler's resource query: the import gives what the query asks of the
            return External(spec)  # file (`#/icons/x.svg?react`, `./x.txt?raw`), not the file's exports
        aliases = self._aliases_governing(directory) if through_aliases else None
        if aliases is not None:
            return self._through_aliases(aliases, spec, directory, extensions, project)
        if spec.startswith(("./", "../")) or spec in (".", ".."):
            return self._relative(spec, directory, extensions)
        if spec.startswith("#"):
            return self._package_import(spec, directory, project)
        if not spec or spec.startswith("/") or any(c in spec for c in ":?!"):
            return External(spec)  # root-absolute, a URL, `node:fs`, a loader prefix
        return self._bare(spec, directory, project, node10)

    def _aliases_governing(self, directory: str) -> BundlerAliases | None:
        """The `resolve.alias` of the webpack or Vite config at or above `directory`."""
        config = nearest(directory, self._alias_configs,
                         lambda d: next((p for n in ALIAS_CONFIGS
                                         if (p := posixpath.join(d, n)) in self.paths), None))
        return self.bundler_aliases(config) if config is not None else None

    def aliases_below(self, directory: str) -> tuple | None:
        """What the bundler aliases that govern `directory` map (not where they are written:
        a config without aliases added where none governed steers nothing)."""
        aliases = self._aliases_governing(directory)
        return (aliases.aliases, aliases.open) if aliases is not None and (
            aliases.aliases or aliases.open) else None

    def bundler_aliases(self, config: str) -> BundlerAliases | None:
        """What a webpack or Vite config of the snapshot says in `resolve.alias`."""
        if config not in self._bundler_aliases:
            if self._read_more is not None and config not in self._config_files:
                # every config at once: webpack's own repository has 2,000 (a test case each)
                unread = [p for p in self.alias_configs if p not in self._config_files]
                self._config_files.update(dict.fromkeys(unread))
                self._config_files.update(self._read_more(unread))
            data = self._read(config)
            self._bundler_aliases[config] = read_aliases(config, data) if data else None
        return self._bundler_aliases[config]

    @cached_property
    def alias_configs(self) -> tuple[str, ...]:
        """The webpack and Vite configs of the snapshot."""
        return tuple(p for p in sorted(self.paths) if is_alias_config(p))

    def _through_aliases(self, aliases: BundlerAliases, spec: str, directory: str,
                         extensions: tuple[str, ...], project: str | None) -> Target:
        """A specifier as the bundler's aliases map it (resolve/bundler_aliases.py)."""
        matched = aliases.match(spec, directory)
        if matched is None:
            found = self._resolve(spec, directory, extensions, project, through_aliases=False)
            if found is None and aliases.open and not spec.startswith("."):
                return External(spec, f"the `resolve.alias` of {aliases.config} has entries "
                                      "impact cannot read; bare specifiers that find nothing "
                                      "are not checked under it")
            return found
        alias, rest = matched
        what = f"`{alias.key.removeprefix(PATH_PREFIX)}` in the `resolve.alias` of {aliases.config}"
        if alias.target is None:
            return External(spec, f"{what} maps to what impact cannot read; imports through it "
                                  "are not checked")
        if not alias.target.startswith(PATH_PREFIX):  # another specifier
            return self._resolve(alias.target + rest, directory, extensions, project,
                                 through_aliases=False)
        if extensions is EXTENSIONS and self._only_key_in_paths(spec, alias.key, project):
            return None  # the bundler finds it, tsc does not (it type-checks the importer)
        base = posixpath.normpath(posixpath.join(alias.target[len(PATH_PREFIX):], rest.lstrip("/")))
        base = "" if base == "." else base
        found = self._file(base, extensions) or self._directory(base, extensions) or \
            self._component((base,))
        if found is None:  # what tsc or Node would find without the alias
            found = self._resolve(spec, directory, extensions, project, through_aliases=False)
        return found if isinstance(found, str) else \
            self._missing(spec, (base,), posixpath.dirname(aliases.config), what)

    def _only_key_in_paths(self, spec: str, key: str, project: str | None) -> bool:
        """Whether the tsconfig `paths` of a TypeScript importer's project map a bundler alias's
        key itself (`"@app/lib": ["lib/src"]`, no `"@app/lib/*"`) and nothing that reaches
        `spec`, a specifier below the key (`@app/lib/utils`), nor does its `baseUrl` or an
        installed package: tsc then finds no module where the bundler, matching any prefix,
        finds the file (shlink-web-client 007d79dd03)."""
        aliases = self.tsconfigs.aliases_of(project)
        return aliases is not None and spec.startswith(key + "/") and key in dict(aliases.paths) \
            and aliases.match(spec) is None and split_package_name(spec)[0] not in self.dependencies \
            and (aliases.base_url is None or self._under_base_url(aliases.base_url, spec) is None)

    def unmapped_below_key(self, spec: str, importer: str) -> str | None:
        """The config whose `paths` map only the bundler alias `spec` is below
        (_only_key_in_paths), when that is why a TypeScript importer's specifier finds nothing."""
        directory = posixpath.dirname(importer)
        aliases = self._aliases_governing(directory)
        matched = aliases.match(spec, directory) if aliases is not None else None
        project = None if spec.startswith(".") else self.tsconfigs.project_of(importer)
        if matched is None or importer.endswith(JS_IMPORTERS) or \
                not self._only_key_in_paths(spec, matched[0].key, project):
            return None
        return self.tsconfigs.aliases_of(project).config

    def _relative(self, spec: str, directory: str, extensions: tuple[str, ...]) -> Target:
        if any(c in spec for c in "?!#"):
            return External(spec)
        base = posixpath.normpath(posixpath.join(directory, spec))
        if base.startswith(".."):
            return External(spec)  # outside the repository
        if base == ".":  # `require('..')` from a top-level directory: the repository's root
            base = ""
        found = (self._file(base, extensions) if base else None) or \
            self._directory(base, extensions) or self._component((base,)) or \
            self._in_lesson_template(base, extensions)
        if found is None and base and self._case_variant(base, extensions) is not None:
            return None  # a file of this name but another case: the importer's typo, not output
        if found is None and (in_submodule := self._in_submodule(spec, (base,))) is not None:
            return in_submodule
        if found is None and self._ignored(base):
            return External(spec, f"'{spec}' ({base}) is a file .gitignore leaves out of the "
                                  "revision (generated?); imports of it are not checked")
        if found is None and self._written_by_a_script(base):
            return External(spec, f"'{spec}' ({base}) is a file a package.json script writes "
                                  "(generated); imports of it are not checked")
        if found is None and (bundler := self._building_into(base)) is not None:
            return External(spec, f"'{spec}' ({base}) is in the directory {bundler} builds into "
                                  "(build output), which is not in this revision; imports of it "
                                  "are not checked")
        if found is None and (template := self._template_of(base, extensions)) is not None:
            return External(spec, f"'{spec}' ({base}) is rendered from the template {template} "
                                  "(generated); imports of it are not checked")
        if found is None and (compiled := self._compiled_source(base)) is not None:
            return External(spec, f"'{spec}' ({base}) is compiled from {compiled} by a bundler's "
                                  "loader; imports of it are not checked")
        if found is None and base in self.manifests:
            return self._entry_points_missing(spec, base, f"'{spec}'")  # `require('..')`
        resolved = found or self._in_root_dirs(spec, base, directory, extensions) or \
            self._broken_link(spec, (base,))
        if resolved is None and GENERATED_NAME.search(base):
            return External(spec, f"'{spec}' ({base}) is named as a generated file and is not in "
                                  "this revision (a code generator writes it); imports of it are "
                                  "not checked")
        return resolved

    def _in_lesson_template(self, base: str, extensions: tuple[str, ...]) -> str | None:
        """What a TutorialKit lesson's file finds in the templates it is laid over."""
        return next((found for template in template_bases(base, self.dirs)
                     if (found := self._file(template, extensions) or
                         self._directory(template, extensions))), None)

    def _in_root_dirs(self, spec: str, base: str, directory: str, extensions: tuple[str, ...]
                      ) -> Target:
        """Where a relative import lands in the other `rootDirs` of the importer's tsconfig
        (TypeScript merges their contents: React Router's `./+types/page` is generated under
        `.react-router/types/`): the file, External when that directory is not in the revision
        (generated), else None."""
        found = self.tsconfigs.root_dirs_for(directory)
        if found is None:
            return None
        config, roots = found
        owner = max((r for r in roots if not r or base.startswith(r + "/")), key=len, default=None)
        if owner is None:
            return None
        relative = base[len(owner) + 1:] if owner else base
        targets = tuple(posixpath.join(root, relative) for root in roots if root != owner)
        for target in targets:
            mapped = self._file(target, extensions) or self._directory(target, extensions)
            if mapped is not None:
                return mapped
        absent = next((t for t in targets if self._ignored(t) or self._absent_part(t) != t), None)
        if absent is None:
            return None
        return External(spec, f"'{spec}' (the `rootDirs` of {config}) points to "
                              f"{self._absent_part(absent)}, which is not in this revision "
                              "(build output? generated?); imports through it are not checked")

    def _in_submodule(self, spec: str, targets: tuple[str, ...]) -> External | None:
        """External when a target lies in a git submodule (whose files are another
        repository's, there once `git submodule update` has run), else None."""
        for target in targets if self.submodules else ():
            submodule = next((d for d in (target, *parent_dirs(target)) if d in self.submodules),
                             None)
            if submodule is not None:
                return External(spec, f"'{spec}' ({target}) is in the git submodule {submodule}, "
                                      "whose files are not in this revision; imports of it are "
                                      "not checked")
        return None

    def _building_into(self, base: str) -> str | None:
        """The bundler config beside the shallowest directory of `base` the revision does not
        hold, when that directory is where the bundler builds by default (`dist/` beside
        astro.config.mjs or vite.config.ts), else None."""
        absent = self._absent_part(base)
        if not absent.endswith("/"):
            return None  # the directory is there, the file is not: no build writes it
        parent, name = posixpath.split(absent.rstrip("/"))
        return next((config for stem, output in DEFAULT_OUTPUT_DIRS.items() if output == name
                     for suffix in BUNDLER_CONFIG_SUFFIXES
                     if (config := posixpath.join(parent, stem + suffix)) in self.paths), None)

    def _template_of(self, base: str, extensions: tuple[str, ...]) -> str | None:
        """The tracked template a template engine renders into the file a specifier names
        (`./config` of src/ and src/config.ts.jinja2), if any."""
        stem, ext = posixpath.splitext(base)
        named = [base, *(base + added for added in extensions),
                 *(stem + replaced for replaced in TS_FOR_JS.get(ext, ()))]
        return next((path + suffix for path in named for suffix in TEMPLATE_SUFFIXES
                     if path + suffix in self.paths), None)

    def _compiled_source(self, base: str) -> str | None:
        """The tracked source of another language a bundler's loader compiles into the module
        a specifier names (`./view.templates` of src/ and src/view.templates.coffee), if any."""
        return next((base + suffix for suffix in COMPILED_SOURCE_SUFFIXES
                     if base + suffix in self.paths), None)

    def _written_by_a_script(self, base: str) -> bool:
        """Whether a script of a package.json writes the file a specifier names, with or
        without its extension, by a shell redirect (`"prebuild": "node -p ... >
        src/core/version.ts"`: `./version` of src/core/ is what the build generates)."""
        stem, ext = posixpath.splitext(base)
        named = [base, *(base + added for added in EXTENSIONS),
                 *(stem + replaced for replaced in TS_FOR_JS.get(ext, ()))]
        return any(path in self.script_outputs for path in named)

    @cached_property
    def script_outputs(self) -> frozenset[str]:
        """The repository paths the scripts of the package.json files write by a redirect."""
        return frozenset(posixpath.normpath(posixpath.join(directory, target))
                         for directory, manifest in self.manifests.items()
                         for script in _scripts(manifest)
                         for target in SCRIPT_REDIRECT.findall(script)
                         if not posixpath.isabs(target))

    def _ignored(self, base: str) -> bool:
        """Whether git ignores the file a specifier names (with any extension, or with the
        TypeScript extension tsc puts for its own: `./version.js` names version.ts) by its name
        or its directory, or the directory it names (`require('../lib')` of a build in `lib/`);
        a pattern that ignores every file of an extension (`*.js` beside TypeScript sources)
        says nothing about this one."""
        probe = posixpath.join(posixpath.dirname(base), PROBE)
        if self.ignored.ignores(probe) or self.ignored.ignores(posixpath.join(base, PROBE)):
            return True
        stem, ext = posixpath.splitext(base)
        named = [(base, added) for added in ("", *EXTENSIONS)] + \
            [(stem, replaced) for replaced in TS_FOR_JS.get(ext, ())]
        return any(self.ignored.ignores(path + suffix) and not self.ignored.ignores(probe + suffix)
                   for path, suffix in named)

    # -- bare specifiers -------------------------------------------------------------------

    def _bare(self, spec: str, directory: str, project: str | None = None, node10: bool = False) -> Target:
        """`project`: the config of the importer's tsc project (else the nearest config)."""
        in_lib = self._sveltekit_lib(spec, directory)
        if in_lib is not None:
            return in_lib
        aliases = self.tsconfigs.aliases_of(project) if project is not None else \
            self.tsconfigs.aliases_for(directory)
        missing_alias: tuple[str, tuple[str, ...]] | None = None
        if aliases is not None:
            matched = aliases.match(spec)
            if matched is not None:
                matched = matched[0], tuple(map(self._through_member_link, matched[1]))
                found = self._first_substitution(matched[1]) or self._component(matched[1])
                if found:
                    return found
                if not _catches_all(matched[0]):
                    missing_alias = matched
            if aliases.base_url is not None:
                found = self._under_base_url(aliases.base_url, spec)
                if found:
                    return found
        name, subpath = split_package_name(spec)
        linked = self._linked_to_absent_directory(spec, name, directory)
        if linked is not None:
            return linked
        package_dir = self._repository_package(name, directory)
        if package_dir is not None:
            key = (spec, package_dir, node10)  # the same for every importer: memoised once
            if key not in self._in_packages:
                self._in_packages[key] = self._in_package(spec, package_dir, subpath, node10)
            return self._in_packages[key]
        if missing_alias is not None and split_package_name(spec)[0] not in self.dependencies:
            pattern, targets = missing_alias
            return self._missing(spec, targets, aliases.paths_dir,
                                 f"`{pattern}` in the `paths` of {aliases.config}")
        if spec.startswith("."):
            return None  # `.hooks/x`: not relative (no `./`), and no package name starts so
        return External(spec)

    def _through_member_link(self, target: str) -> str:
        """A `paths` target through `node_modules/<name>/` (`./node_modules/@scope/helpers/src/
        index.ts`) where `<name>` is a workspace member: the package manager links that directory
        to the member (pnpm, yarn and npm workspaces), so tsc reads the member's file
        (`test/helpers/src/index.ts`). Any other target stays as it is."""
        head, link, rest = target.rpartition(NODE_MODULES)
        if not link or head and not head.endswith("/"):
            return target
        name, subpath = split_package_name(rest)
        member = self.workspaces.get(name)
        return target if member is None else posixpath.normpath(posixpath.join(member, subpath))

    def _sveltekit_lib(self, spec: str, directory: str) -> str | None:
        """`$lib/api` in a SvelteKit project (its tsconfig extends the generated
        `.svelte-kit/tsconfig.json`, which maps `$lib` to `src/lib`): the file, when it is
        there (a project that moves its lib with `kit.files.lib` is not read)."""
        if spec != SVELTEKIT_LIB and not spec.startswith(SVELTEKIT_LIB + "/"):
            return None
        project = self.tsconfigs.sveltekit_for(directory)
        if project is None:
            return None
        base = posixpath.normpath(posixpath.join(project, "src/lib" + spec[len(SVELTEKIT_LIB):]))
        return self._file(base) or self._directory(base) or self._component((base,))

    def _under_base_url(self, base_url: str, spec: str) -> str | None:
        base = posixpath.normpath(posixpath.join(base_url, spec))
        return None if base.startswith("..") else self._file(base) or self._directory(base)

    def _linked_to_absent_directory(self, spec: str, name: str, directory: str
                                    ) -> External | None:
        """External when the nearest package.json at or above the importer that depends on
        `name` names it by a path the revision does not hold: the package is installed from
        there, build output (drizzle's `"drizzle-orm": "workspace:./drizzle-orm/dist"`, the
        directory its build writes and publishes), or a directory out of the repository."""
        scope = self._scope(directory)
        while scope is not None:
            manifest = self.manifests[scope]
            if declares(manifest, name):
                path = local_directory(manifest, name)
                target = posixpath.normpath(posixpath.join(scope, path)) if path else None
                if target is None or not (target.startswith(("..", "/")) or self._absent(target)):
                    return None
                package_json = posixpath.join(scope, "package.json")
                where = "out of the repository" if target.startswith(("..", "/")) else \
                    f"{self._absent_part(target)}, which is not in this revision (build output?)"
                return External(spec, f"'{name}' ({package_json} installs it from {path}) is "
                                      f"{where}; imports of it are not checked")
            scope = self._scope(posixpath.dirname(scope)) if scope else None
        return None

    def _absent(self, path: str) -> bool:
        """Whether the revision holds neither a file nor a directory at `path` (through
        symbolic links too)."""
        if self._exists(path):
            return False
        real = self.links.real_path(path) if self.links else None
        return real is None or not self._exists(real)

    def _repository_package(self, name: str, directory: str) -> str | None:
        """The directory of a workspace member, or of the importer's own package, by name; not
        for an importer whose package is outside the workspace and depends on the published
        package (an example app's `"payload": "latest"`): it installs that one."""
        scope = self._scope(directory)
        if name in self.workspaces:
            if scope in self.outside_workspaces and installs_published(self.manifests[scope], name) or \
                    self._requests_another_version(name, scope):
                return None
            return self.workspaces[name]
        if scope is not None and self.manifests[scope].get("name") == name and \
                "exports" in self.manifests[scope]:
            return scope  # Node resolves a package's own name only through `exports`
        return None

    def _requests_another_version(self, name: str, scope: str | None) -> bool:
        """Whether the nearest package.json at or above the importer that depends on `name`
        asks for a version the workspace member of that name is not (rallly's `"dayjs":
        "^1.11.13"` beside its `packages/dayjs` at 0.0.0): the published package is installed."""
        while scope is not None:
            requested = requested_version(self.manifests[scope], name)
            if requested is not None:
                member = self.manifests[self.workspaces[name]]
                requested = self._from_catalog(requested, name, scope)
                return requested is not None and never_satisfied(requested, member.get("version"))
            scope = self._scope(posixpath.dirname(scope)) if scope else None
        return False

    def _from_catalog(self, requested: str, name: str, scope: str) -> str | None:
        """The version a dependency asks for, through the catalog of the pnpm workspace around
        the package when it names one (`"next": "catalog:"`); None when no catalog gives it."""
        catalog = catalog_name(requested)
        if catalog is None:
            return requested
        root = next((d for d in (scope, *parent_dirs(scope), "") if d in self.catalogs), None)
        return self.catalogs[root].get(catalog, {}).get(name) if root is not None else None

    def _in_package(self, spec: str, package_dir: str, subpath: str, node10: bool = False) -> Target:
        """A subpath of a package of this repository, through its `exports` or entry points.
        With `node10`, a subpath `exports` does not give is read as tsc does there: through the
        package's `typesVersions`, else as a path in its directory."""
        manifest = self.manifests[package_dir]
        package_json = posixpath.join(package_dir, "package.json")
        name = split_package_name(spec)[0]
        if "exports" in manifest:
            mapped = self._mapped(spec, package_dir, match_exports(manifest["exports"], subpath),
                                  f"'{name}' (the `exports` of {package_json})")
            if mapped is not None or not node10 or subpath == ".":
                return mapped
        typed = self._through_types_versions(spec, package_dir, subpath) if node10 and subpath != "." else None
        if typed is not None:
            return typed
        if subpath == ".":
            targets = [posixpath.join(package_dir, e) for e in self.entries[package_dir]]
            found = self._first_existing(targets) or self._directory(package_dir)
            return found or self._entry_points_missing(spec, package_dir, f"'{name}'")
        base = posixpath.normpath(posixpath.join(package_dir, subpath))
        return self._file(base) or self._directory(base) or self._component((base,)) or \
            self._missing(spec, (base,), package_dir, f"'{spec}'")

    def _through_types_versions(self, spec: str, package_dir: str, subpath: str) -> Target | None:
        """A subpath through the `typesVersions` of a package (`{"*": {"utils":
        ["dist/utils.d.ts"]}}`), as tsc reads it under Node 10 resolution; None when no pattern
        takes it (then it is a path in the package), External for a map by TypeScript versions."""
        versions = self.manifests[package_dir].get("typesVersions")
        if not isinstance(versions, dict) or not versions:
            return None
        where = f"the `typesVersions` of {posixpath.join(package_dir, 'package.json')}"
        mapping = versions.get("*")
        if list(versions) != ["*"] or not isinstance(mapping, dict):
            return External(spec, f"{where}: maps by TypeScript version; imports through it are "
                                  "not checked")
        match = match_exports({"./" + pattern: ["./" + t for t in targets if isinstance(t, str)]
                               for pattern, targets in mapping.items() if isinstance(targets, list)},
                              subpath)
        return self._mapped(spec, package_dir, match, where) if match.matched else None

    def _entry_points_missing(self, spec: str, package_dir: str, what: str) -> Target:
        """A package's directory whose entry points (`types`, `module`, `main`, else `index`)
        name no file: missing, or External when they point into build output."""
        targets = tuple(posixpath.normpath(posixpath.join(package_dir, e))
                        for e in self.entries[package_dir]) or (
            posixpath.join(package_dir, "index"),)
        package_json = posixpath.join(package_dir, "package.json")
        return self._missing(spec, targets, package_dir,
                             f"{what} (the entry points of {package_json})")

    def _package_import(self, spec: str, directory: str, project: str | None = None) -> Target:
        """`#internal` through the `imports` field of the importer's package."""
        scope = self._scope(directory)
        manifest = self.manifests.get(scope) if scope is not None else None
        if manifest is not None and "imports" in manifest:
            where = f"'{spec}' (the `imports` of {posixpath.join(scope, 'package.json')})"
            match = match_imports(manifest["imports"], spec)
            if match.matched or not match.understood:
                return self._mapped(spec, scope, match, where)
        aliased = self._bare(spec, directory, project)  # a tsconfig `paths` entry for `#...`
        if not isinstance(aliased, External) or aliased.reason:
            return aliased
        absent = self.tsconfigs.absent_base_of(project) if project is not None else None
        if absent is not None:
            return External(spec, f"'{spec}': {project} extends {absent}, which is not in this "
                                  "revision (generated?); the `paths` it may define are not known")
        if manifest is not None and "imports" in manifest:
            return None  # the package defines its imports, and not this one: Node fails
        return External(spec, f"'{spec}': no package.json `imports` or tsconfig `paths` "
                              "entry defines it (a bundler alias?)")

    def _mapped(self, spec: str, package_dir: str, match: SubpathMatch, where: str) -> Target:
        """The file an `exports` or `imports` match points to."""
        if not match.understood:
            return External(spec, f"{where}: a form impact does not understand; imports through "
                                  "it are not checked")
        if not match.matched or not match.targets:
            return None  # the package's map does not provide this subpath (or maps it to null)
        relative = [t for t in match.targets if t.startswith("./")]
        if len(relative) < len(match.targets) and not relative:
            return External(spec)  # mapped to another package (`"#dep": "some-package"`)
        targets = tuple(posixpath.normpath(posixpath.join(package_dir, t)) for t in relative)
        return self._first_existing(targets) or self._component(targets) or \
            self._missing(spec, targets, package_dir, where)

    def _broken_link(self, spec: str, bases: tuple[str, ...]) -> External | None:
        """External when a symbolic link on the way to a target is what makes it name nothing
        (a link out of the repository, a loop, a link to nothing)."""
        if not self.links:
            return None
        for base in bases:
            for candidate in self._candidates(base):
                problem = self.links.problem(candidate, self._exists)
                if problem:
                    return External(spec, f"'{spec}' goes through the symbolic link {problem}; "
                                          "imports through it are not checked")
        return None

    def _exists(self, path: str) -> bool:
        return path in self.paths or path in self.dirs

    def _missing(self, spec: str, targets: tuple[str, ...], root: str, what: str) -> Target:
        """None when the file is really gone: no `.gitignore` of the revision ignores a target
        (ignored files are build output or generated), no symbolic link on the way is broken,
        and a target is TypeScript source (no build emits it) or its top directory under
        `root` (the package, or where the aliases point) is in the revision. Else External
        with the reason."""
        broken = self._broken_link(spec, targets) or self._in_submodule(spec, targets)
        if broken is not None:
            return broken
        generated = next((t for t in targets if GENERATED_NAME.search(t)), None)
        if generated is not None:
            return External(spec, f"{what} points to {generated}, which is named as a generated "
                                  "file and is not in this revision (a code generator writes it); "
                                  "imports of it are not checked")
        if not any(self._ignored(t) for t in targets):
            for target in targets:
                if target.endswith(TS_SOURCES) and not target.endswith(DECLARATIONS):
                    return None
                relative = posixpath.relpath(target, root or ".")
                top = relative.split("/")[0]
                if not relative.startswith("..") and ("/" not in relative or
                                                       posixpath.join(root, top) in self.dirs):
                    return None
        return External(spec, f"{what} points to {self._absent_part(targets[0])}, which is not in "
                              "this revision (build output? generated?); imports through it are "
                              "not checked")

    def _absent_part(self, target: str) -> str:
        """The shallowest directory (or the file) of a path that the revision does not hold."""
        parts = target.split("/")
        for size in range(1, len(parts)):
            if "/".join(parts[:size]) not in self.dirs:
                return "/".join(parts[:size]) + "/"
        return target

    def _scope(self, directory: str) -> str | None:
        """The directory of the nearest package.json at or above `directory`."""
        return nearest(directory, self._package_scope,
                       lambda d: d if d in self.manifests else None)

    def auto_imports(self, path: str) -> bool:
        """Whether the build binds the names `path` uses unbound: a `nuxt.config.*` or
        `nitro.config.*` at or above it, or its package depends on unplugin-auto-import."""
        directory = posixpath.dirname(path)
        if nearest(directory, self._auto_import_projects, self._auto_import_project) is not None:
            return True
        package = self._scope(directory)
        return package is not None and not AUTO_IMPORT_PACKAGES.isdisjoint(
            declared_dependencies({package: self.manifests[package]}))

    def _auto_import_project(self, directory: str) -> str | None:
        found = any(posixpath.join(directory, name) in self.paths for name in AUTO_IMPORT_CONFIGS)
        return directory if found else None

    def runner_globals(self, path: str) -> bool:
        """Whether vitest defines its API as globals for `path`: the nearest vitest config at
        or above it (a Vite config where a directory has none, as vitest takes it) says
        `globals: true` (in `test: { ... }` or a project of it)."""
        config = nearest(posixpath.dirname(path), self._test_configs, self._test_config)
        if config is None:
            return False
        data = self._read(config)
        return data is not None and VITEST_GLOBALS_ON.search(data) is not None

    def _test_config(self, directory: str) -> str | None:
        return next((p for name in TEST_CONFIGS if (p := posixpath.join(directory, name)) in self.paths),
                    None)

    def package_entries(self, package_dir: str) -> frozenset[str]:
        """The files a package of the repository exposes: what its `exports` (any subpath
        without a pattern), `main`, `module`, `types` and `browser` name, else its `index.*`."""
        manifest = self.manifests.get(package_dir, {})
        browser = (manifest["browser"],) if isinstance(manifest.get("browser"), str) else ()
        targets = [*entry_fields(manifest), *browser, *export_targets(manifest.get("exports"))]
        files = set()
        for target in targets or ["./index"]:
            base = posixpath.normpath(posixpath.join(package_dir, target))
            found = None if "*" in target else self._file(base) or self._directory(base)
            if found:
                files.add(found)
        return frozenset(files)

    def entry_subpaths(self, package_dir: str) -> tuple[str, ...]:
        """The subpaths an import of a package of the repository may name: `.`, and each key
        of its `exports` map that is no pattern (`./utils`)."""
        exports = self.manifests.get(package_dir, {}).get("exports")
        if not isinstance(exports, dict):
            return (".",)
        return (".", *(k for k in exports if k.startswith("./") and "*" not in k))

    def subpath_file(self, package_dir: str, subpath: str) -> str | None:
        """The file an import of a subpath of a package of the repository reaches, if one does."""
        if package_dir not in self.manifests:
            return None
        name = self.manifests[package_dir].get("name")
        spec = name if isinstance(name, str) and name else package_dir
        found = self._in_package(spec if subpath == "." else f"{spec}/{subpath[2:]}", package_dir, subpath)
        return found if isinstance(found, str) else None

    # -- files -----------------------------------------------------------------------------

    def _first_existing(self, bases: tuple[str, ...] | list[str]) -> str | None:
        for base in bases:
            found = self._file(base)
            if found:
                return found
        for base in bases:
            found = self._directory(base)
            if found:
                return found
        return None

    def _first_substitution(self, bases: tuple[str, ...]) -> str | None:
        """The first target of a `paths` entry that names a file or a directory: tsc resolves
        each in turn, as a file and then as a directory, before it tries the next
        (agenta's `"@/oss/*": ["./src/*", "./src/lib/noop/index.tsx"]`: `@/oss/state/project`
        is src/state/project/index.ts, and the fallback only what src/ lacks)."""
        return next((found for base in bases if (found := self._file(base) or self._directory(base))),
                    None)

    def _component(self, bases: tuple[str, ...] | list[str]) -> str | None:
        """The component a specifier names without its extension (`./Session`, `@/Session` for
        Session.vue; `./CreateExamPage` for CreateExamPage/index.vue), tried last: the bundler's
        `resolve.extensions` may list .vue and .svelte, whether the specifier is relative, mapped
        by an alias or a subpath of a workspace package (kolibri's `kolibri-common/components/
        CoreTable`, its `exports` too)."""
        return next((found for base in bases if base and (
            found := self._file(base, COMPONENT_EXTENSIONS) or self._index(base, COMPONENT_EXTENSIONS))),
                    None)

    def _file(self, base: str, extensions: tuple[str, ...] = EXTENSIONS) -> str | None:
        for candidate in self._candidates(base, extensions):
            found = self._present(candidate)
            if found:
                return found
        return None

    @staticmethod
    def _candidates(base: str, extensions: tuple[str, ...] = EXTENSIONS) -> Iterator[str]:
        """The files a specifier's path may name, in the order they are tried. For TypeScript
        (any importer but a JavaScript one), `./x.js` names x.ts, x.tsx or x.d.ts before x.js:
        tsc replaces the extension first, so a declaration beside the JavaScript it types is
        what it reads; Node, for a JavaScript importer, loads x.js."""
        stem, ext = posixpath.splitext(base)
        replacements = [stem + replacement for replacement in TS_FOR_JS.get(ext, ())]
        typescript = extensions is not JS_EXTENSIONS
        if typescript:
            yield from replacements
        yield base
        for ext in extensions:
            yield base + ext
        if not typescript:
            yield from replacements

    def _present(self, path: str) -> str | None:
        """The file at `path`, or the one symbolic links on the way lead to, if there is one."""
        if path in self.paths:
            return path
        real = self.links.real_path(path) if self.links else None
        return real if real in self.paths else None

    def _directory(self, base: str, extensions: tuple[str, ...] = EXTENSIONS) -> str | None:
        if base and base not in self.dirs:
            real = self.links.real_path(base) if self.links else None
            if real not in self.dirs:
                return None
            base = real
        for entry in self.entries.get(base, ()):
            target = posixpath.normpath(posixpath.join(base, entry))
            found = self._file(target) or self._index(target)  # `"main": "source"`: its index
            if found:
                return found
        return self._index(base, extensions)

    def _index(self, base: str, extensions: tuple[str, ...] = EXTENSIONS) -> str | None:
        """The `index` file of a directory (Node's LOAD_INDEX, tsc's directory lookup)."""
        return next((candidate for ext in extensions
                     if (candidate := posixpath.join(base, "index" + ext)) in self.paths), None)

    @cached_property
    def lower(self) -> dict[str, str]:
        """Each path by its lower-case form."""
        return {p.lower(): p for p in self.paths}

    def unmapped(self, spec: str, importer: str) -> str | None:
        """Why a specifier that finds nothing finds nothing, when it is that its package's map
        leaves it out: "the `exports` of <package.json>" for a subpath of a package of this
        repository, "the `imports` of <package.json>" for `#name`; else None."""
        directory = posixpath.dirname(importer)
        if spec.startswith("#"):
            field, scope, key, matcher = "imports", self._scope(directory), spec, match_imports
        elif not spec.startswith((".", "/")):
            name, key = split_package_name(spec)
            if key != "." and self._node10(importer, self.tsconfigs.project_of(importer)):
                return None  # a path in the package there
            field, scope, matcher = "exports", self._repository_package(name, directory), match_exports
        else:
            return None
        manifest = self.manifests.get(scope) if scope is not None else None
        if manifest is None or field not in manifest:
            return None
        match = matcher(manifest[field], key)
        if not match.understood or match.matched and match.targets:
            return None
        return f"the `{field}` of {posixpath.join(scope, 'package.json')}"

    def case_mismatch(self, spec: str, importer: str) -> str | None:
        """A file that would match if case did not matter (it fails on Linux)."""
        return self._case_variant(posixpath.normpath(posixpath.join(posixpath.dirname(importer),
                                                                    spec)))

    def _case_variant(self, base: str, extensions: tuple[str, ...] = EXTENSIONS) -> str | None:
        """The file `base` (a repository path, an extension or an index file added) names if
        case did not matter."""
        for candidate in (base, *(base + ext for ext in extensions),
                          *(posixpath.join(base, i) for i in INDEX_FILES)):
            if (variant := self.lower.get(candidate.lower())) is not None and variant != candidate:
                return variant
        return None


def _catches_all(pattern: str) -> bool:
    """Whether a `paths` pattern matches every bare specifier (`*`): nothing marks what it
    maps as the project's own, and tsc looks a name its targets do not hold up in node_modules
    (only a pattern with a prefix, `@/*`, or an exact one names the project's files)."""
    return pattern.partition("*")[0] == "" and "*" in pattern


def _scripts(manifest: dict) -> list[str]:
    """The commands of a package.json's `scripts`."""
    scripts = manifest.get("scripts")
    return [command for command in scripts.values() if isinstance(command, str)] \
        if isinstance(scripts, dict) else []
