"""tsconfig.json and jsconfig.json: the `baseUrl`, `paths` and `rootDirs` that apply to a file,
and whether the config leaves the file out (`exclude`).

A file is governed by the nearest `tsconfig.json` (or `jsconfig.json`) in its directory
or above. Its `compilerOptions` are merged over the configs it `extends` (a relative file,
or several in an array, chained); `baseUrl`, `paths` and `rootDirs` keep the directory of
the config that set them. `exclude` is the config's own, or else the one it inherits, its
patterns relative to the config that wrote them (as tsc reads them). The files are JSONC
(comments, trailing commas), read with `pyjson5` (compiled: a monorepo has hundreds).
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from dataclasses import dataclass, replace

from impact.resolve import nearest, parent_dirs
from impact.resolve.js_packages import split_package_name, unreadable
from impact.resolve.wildmatch import Glob, as_bytes_text, glob_or_none

CONFIG_NAMES = ("tsconfig.json", "jsconfig.json")
CONFIG_DIR = "${configDir}"

Reader = Callable[[str], "bytes | None"]


@dataclass(frozen=True)
class PathAliases:
    """What a tsconfig says about bare specifiers. Directories are repository paths."""

    config: str  # the tsconfig file that governs the importer
    base_url: str | None = None
    paths: tuple[tuple[str, tuple[str, ...]], ...] = ()
    paths_dir: str = ""  # where `paths` targets are relative to

    def match(self, spec: str) -> tuple[str, tuple[str, ...]] | None:
        """The `paths` pattern a specifier matches (exact first, then the longest prefix) and
        its targets with `*` substituted, as repository paths."""
        best: tuple[str, str] | None = None
        for pattern, _ in self.paths:
            if pattern == spec:
                best = (pattern, "")
                break
            prefix, star, suffix = pattern.partition("*")
            if star and spec.startswith(prefix) and spec.endswith(suffix) and \
                    len(spec) >= len(prefix) + len(suffix) and \
                    (best is None or len(prefix) > len(best[0].partition("*")[0])):
                best = (pattern, spec[len(prefix):len(spec) - len(suffix)])
        if best is None:
            return None
        pattern, matched = best
        targets = dict(self.paths)[pattern]
        return pattern, tuple(self._repository_path(t.replace("*", matched)) for t in targets)

    def _repository_path(self, target: str) -> str:
        if target.startswith(CONFIG_DIR):
            target = posixpath.dirname(self.config) + "/" + target[len(CONFIG_DIR):].lstrip("/")
            return posixpath.normpath(target.lstrip("/")) if target.strip("/") else ""
        return posixpath.normpath(posixpath.join(self.paths_dir, target))


@dataclass(frozen=True)
class _Options:
    base_url: str | None = None
    paths: tuple[tuple[str, tuple[str, ...]], ...] | None = None
    paths_dir: str = ""
    root_dirs: tuple[str, ...] | None = None  # repository paths
    exclude: tuple[str, ...] | None = None  # patterns, each joined to its config's directory
    include: tuple[str, ...] | None = None  # likewise
    files: tuple[str, ...] | None = None  # repository paths
    references: bool = False  # the config's own `references` (a solution-style config)
    module_detection: str | None = None  # "auto", "legacy" or "force"


class TsConfigs:
    """The path aliases of every directory, each config read and parsed once."""

    def __init__(self, config_paths: frozenset[str], read: Reader, packages: dict[str, str]):
        self.config_paths = config_paths
        self.read = read
        self.packages = packages  # workspace package name -> directory, for `extends`
        self._options: dict[str, _Options] = {}
        self._nearest: dict[str, str | None] = {}
        self._aliases: dict[str | None, PathAliases | None] = {}
        self._excluded: dict[str, tuple[Glob, ...]] = {}
        self.problems: list[str] = []

    def aliases_for(self, directory: str) -> PathAliases | None:
        """The aliases of the nearest config at or above `directory`, if it has any."""
        config = self._nearest_config(directory)
        if config not in self._aliases:
            self._aliases[config] = self._aliases_of(config) if config is not None else None
        return self._aliases[config]

    def root_dirs_for(self, directory: str) -> tuple[str, tuple[str, ...]] | None:
        """The nearest config at or above `directory` and its `rootDirs` (directories whose
        contents a relative import sees merged, as repository paths), if it has any."""
        config = self._nearest_config(directory)
        root_dirs = self._load(config).root_dirs if config is not None else None
        return (config, root_dirs) if root_dirs else None

    def alias_roots(self) -> frozenset[str]:
        """The directory each config's `paths` targets are relative to (or its `baseUrl`)."""
        return frozenset(aliases.paths_dir for config in sorted(self.config_paths)
                         if (aliases := self._aliases_of(config)) is not None)

    def excludes(self, path: str) -> bool:
        """Whether the config that governs `path` (a file) leaves it out of its program: an
        `exclude` pattern matches the file or a directory above it (tsc's `*`, `?` and `**/`,
        a directory standing for everything in it)."""
        return bool(self.excluded(path))

    def excluded(self, path: str) -> tuple[str, ...]:
        """Which of `path` and the directories above it an `exclude` pattern of the config
        that governs it matches (nearest first)."""
        config = self._nearest_config(posixpath.dirname(path))
        if config is None:
            return ()
        if config not in self._excluded:
            self._excluded[config] = _globs(self._load(config).exclude or (),
                                            posixpath.dirname(config))
        globs = self._excluded[config]
        return tuple(candidate for candidate in (path, *parent_dirs(path)) if globs and
                     any(glob.matches(as_bytes_text(candidate)) for glob in globs))

    def outside_every_program(self, path: str, config_paths: frozenset[str]) -> bool:
        """Whether no tsc project can check the file `path`: there is a config
        (`tsconfig*.json` or `jsconfig*.json`, of `config_paths`) in its directory or above,
        and each such config leaves it out of its program (not in its `files`, not matched by
        its `include` (by default everything) or matched by its `exclude`). A config with
        `references` may hand the file to another project: then the file may be checked.
        `config_paths`: the repository's `is_tsconfig` paths.
        A file an included file imports is in the program too; that is not looked at."""
        configs = [c for c in config_paths if (
            posixpath.dirname(c) == "" or path.startswith(posixpath.dirname(c) + "/"))]
        return bool(configs) and all(self._leaves_out(config, path) for config in configs)

    def governing_leaves_out(self, path: str) -> bool:
        """Whether the config that governs `path` (the nearest at or above it) leaves it out
        of its program, as `outside_every_program` judges one config."""
        config = self._nearest_config(posixpath.dirname(path))
        return config is not None and self._leaves_out(config, path)

    def _leaves_out(self, config: str, path: str) -> bool:
        options = self._load(config)
        if options.references:
            return False
        if options.files is not None and path in options.files:
            return False
        include = options.include if options.include is not None else \
            (() if options.files is not None else (_join(posixpath.dirname(config), "**/*"),))
        if any(not pattern.rstrip("/") for pattern in include):
            return False  # the repository root: everything
        candidates = (path, *parent_dirs(path))
        included = any(glob.matches(as_bytes_text(candidate))
                       for glob in _globs(include, posixpath.dirname(config))
                       for candidate in candidates)
        return not included or any(glob.matches(as_bytes_text(candidate))
                                   for glob in _globs(options.exclude or (),
                                                      posixpath.dirname(config))
                                   for candidate in candidates)

    def forces_modules(self, path: str) -> bool:
        """Whether the config that governs `path` says `"moduleDetection": "force"`: every
        file is a module, even one without any import or export."""
        config = self._nearest_config(posixpath.dirname(path))
        return config is not None and self._load(config).module_detection == "force"

    def _aliases_of(self, config: str) -> PathAliases | None:
        options = self._load(config)
        if options.base_url is None and not options.paths:
            return None
        return PathAliases(config, options.base_url, options.paths or (),
                           options.paths_dir if options.base_url is None else options.base_url)

    def _nearest_config(self, directory: str) -> str | None:
        return nearest(directory, self._nearest,
                       lambda d: next((posixpath.join(d, n) for n in CONFIG_NAMES
                                       if posixpath.join(d, n) in self.config_paths), None))

    def _load(self, config: str) -> _Options:
        """The options of a config merged over those it extends: depth first, each config
        after its parents, without recursion (a chain of `extends` may be long); a config that
        extends one still being loaded (a cycle) gets nothing from that one."""
        loading: dict[str, tuple[dict, list[str]]] = {}  # config -> (document, parents)
        pending = [config]
        while pending:
            path = pending[-1]
            if path in self._options:
                pending.pop()
            elif path not in loading:
                document = self._parse(path)
                parents = self._extended(path, document.get("extends"))
                loading[path] = (document, parents)
                pending.extend(p for p in reversed(parents)
                               if p not in self._options and p not in loading)
            else:
                pending.pop()
                self._options[path] = self._merged(path, *loading[path])
        return self._options[config]

    def _merged(self, path: str, document: dict, parents: list[str]) -> _Options:
        options = _Options()
        for parent in parents:
            inherited = self._options.get(parent, _Options())  # not there: a cycle
            options = _Options(inherited.base_url if inherited.base_url is not None
                               else options.base_url,
                               inherited.paths if inherited.paths is not None else options.paths,
                               inherited.paths_dir if inherited.paths is not None
                               else options.paths_dir,
                               inherited.root_dirs if inherited.root_dirs is not None
                               else options.root_dirs,
                               inherited.exclude if inherited.exclude is not None
                               else options.exclude,
                               inherited.include if inherited.include is not None
                               else options.include,
                               inherited.files if inherited.files is not None else options.files,
                               module_detection=inherited.module_detection
                               if inherited.module_detection is not None
                               else options.module_detection)
        compiler = document.get("compilerOptions")
        if isinstance(compiler, dict):
            options = self._own_options(path, compiler, options)
        directory = posixpath.dirname(path)
        for key in ("exclude", "include"):
            patterns = document.get(key)
            if isinstance(patterns, list):
                options = replace(options, **{key: tuple(
                    pattern if pattern.startswith(CONFIG_DIR) else _join(directory, pattern)
                    for pattern in patterns if isinstance(pattern, str) and pattern.strip())})
        files = document.get("files")
        if isinstance(files, list):
            options = replace(options, files=tuple(_join(directory, f) for f in files
                                                   if isinstance(f, str)))
        return replace(options, references="references" in document)

    def _own_options(self, path: str, compiler: dict, inherited: _Options) -> _Options:
        directory = posixpath.dirname(path)
        base_url, paths, paths_dir = inherited.base_url, inherited.paths, inherited.paths_dir
        root_dirs = inherited.root_dirs
        if isinstance(compiler.get("rootDirs"), list):
            root_dirs = tuple(_join(directory, d) for d in compiler["rootDirs"] if isinstance(d, str))
        if isinstance(compiler.get("baseUrl"), str):
            base_url = _join(directory, compiler["baseUrl"])
        if isinstance(compiler.get("paths"), dict):
            paths = tuple((pattern, tuple(t for t in targets if isinstance(t, str)))
                          for pattern, targets in compiler["paths"].items()
                          if isinstance(targets, list))
            paths_dir = directory
        module_detection = compiler.get("moduleDetection")
        module_detection = module_detection.lower() if isinstance(module_detection, str) \
            else inherited.module_detection
        return replace(inherited, base_url=base_url, paths=paths, paths_dir=paths_dir,
                       root_dirs=root_dirs, module_detection=module_detection)

    def _parse(self, path: str) -> dict:
        data = self.read(path)
        if data is None:
            return {}
        import pyjson5  # only where a tsconfig is: not every run pays for the import

        try:
            document = pyjson5.loads(data.decode("utf-8-sig"))
        except (pyjson5.Json5NestingTooDeep, RecursionError, MemoryError):
            self.problems.append(unreadable(path))
            return {}
        except pyjson5.Json5Exception as error:
            self.problems.append(f"{path} is not valid JSON with comments ({error.message}); "
                                 "its `paths` and `baseUrl` are not used")
            return {}
        except UnicodeDecodeError as error:
            self.problems.append(f"{path} is not valid JSON with comments ({error}); "
                                 "its `paths` and `baseUrl` are not used")
            return {}
        return document if isinstance(document, dict) else {}

    def _extended(self, path: str, extends: object) -> list[str]:
        """The configs a config extends that are files of this repository: relative paths,
        or files of a workspace package."""
        specs = extends if isinstance(extends, list) else [extends]
        found = []
        for spec in specs:
            target = self._extended_path(posixpath.dirname(path), spec) \
                if isinstance(spec, str) else None
            if target is None:
                continue  # an installed package's config (`@tsconfig/node20`): no aliases here
            for candidate in (target, target + ".json", posixpath.join(target, "tsconfig.json")):
                if self.read(candidate) is not None:
                    found.append(candidate)
                    break
        return found

    def _extended_path(self, directory: str, spec: str) -> str | None:
        if spec.startswith("."):
            return _join(directory, spec)
        name, subpath = split_package_name(spec)
        if name in self.packages:  # a workspace package of shared configs
            return _join(self.packages[name], subpath)
        return None


def is_tsconfig(path: str) -> bool:
    """`tsconfig.json`, `jsconfig.json`, `tsconfig.app.json`, ...: a tsc project."""
    name = posixpath.basename(path)
    return name.endswith(".json") and name.startswith(("tsconfig", "jsconfig"))


def _globs(patterns: tuple[str, ...], config_dir: str) -> tuple[Glob, ...]:
    """The `exclude` patterns of the config in `config_dir` compiled (`${configDir}` is the
    directory of the config that governs the file); one no path can match is left out."""
    found = []
    for pattern in patterns:
        if pattern.startswith(CONFIG_DIR):
            pattern = _join(config_dir, "./" + pattern[len(CONFIG_DIR):].lstrip("/"))
        if not pattern.rstrip("/"):
            continue  # the whole repository: more likely a mistake than meant
        glob = glob_or_none(pattern.rstrip("/"))
        if glob is not None:
            found.append(glob)
    return tuple(found)


def _join(directory: str, relative: str) -> str:
    joined = posixpath.normpath(posixpath.join(directory, relative))
    return "" if joined == "." else joined
