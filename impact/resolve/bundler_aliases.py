"""The `resolve.alias` of a webpack or Vite config, read statically.

A config (`webpack.config.js`, `vite.config.ts`, ...) governs the files of its directory and
below; its `resolve: { alias: ... }` maps specifiers before anything else resolves them:
- webpack (enhanced-resolve's AliasPlugin): `{ name: target }`; a specifier that is `name` or
  starts with `name/` takes `target` in its place, and `name$` matches `name` exactly. A key
  that is a path (`[path.resolve(__dirname, "src/real")]`) matches the path a relative
  specifier joins to.
- Vite (@rollup/plugin-alias): the same object, or an array of `{ find, replacement }`.
A target read statically is a string (another specifier), or a path built from the config's
own directory (`__dirname`, `import.meta.dirname`, `fileURLToPath(new URL('./src',
import.meta.url))`) with `path.resolve`/`path.join` and string pieces. An entry whose key is
known and whose target is not (a variable, a call impact does not know) is kept with no
target: what it maps is not judged. An entry whose key is not known (a spread, a regular
expression, a key computed otherwise) makes the set open: a bare specifier that finds nothing
is not judged either.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # loaded only where a config says `alias`: a warm run parses nothing
    import tree_sitter

WEBPACK_CONFIGS = tuple(f"webpack.config.{suffix}" for suffix in ("js", "cjs", "mjs", "ts"))
VITE_CONFIGS = tuple(f"vite.config.{suffix}" for suffix in ("js", "cjs", "mjs", "ts", "mts"))
ALIAS_CONFIGS = (*WEBPACK_CONFIGS, *VITE_CONFIGS)  # in the order one directory's are taken
PATH_FUNCTIONS = frozenset({"resolve", "join"})  # path.resolve, path.join, path.posix.join, ...
DIRECTORY_NAMES = frozenset({"__dirname", "import.meta.dirname"})
PATH_PREFIX = "/"  # marks a target or key that is a repository path, not a specifier


def is_alias_config(path: str) -> bool:
    return path.rpartition("/")[2] in ALIAS_CONFIGS


@dataclass(frozen=True)
class Alias:
    key: str  # a specifier prefix, or PATH_PREFIX + a repository path
    exact: bool  # webpack's `name$`
    target: str | None  # a specifier, PATH_PREFIX + a repository path, or None: not read


@dataclass(frozen=True)
class BundlerAliases:
    config: str
    aliases: tuple[Alias, ...]
    open: bool  # an entry whose key impact could not read

    def match(self, spec: str, directory: str) -> tuple[Alias, str] | None:
        """The first alias a specifier of a file in `directory` matches, and what of it
        follows the key (`/sub/x`, or '')."""
        request = spec
        if spec.startswith(("./", "../")) or spec in (".", ".."):
            joined = posixpath.normpath(posixpath.join(directory, spec))
            request = PATH_PREFIX + ("" if joined == "." else joined)
        for alias in self.aliases:
            if request == alias.key or not alias.exact and request.startswith(alias.key + "/"):
                return alias, request[len(alias.key):]
        return None


def read_aliases(config: str, source: bytes) -> BundlerAliases:
    """The aliases a config's `resolve.alias` declares (none when it has none)."""
    if b"alias" not in source:  # most configs: no need to parse them
        return BundlerAliases(config, (), False)
    import tree_sitter

    grammar = _typescript() if config.endswith((".ts", ".mts")) else _javascript()
    tree = tree_sitter.Parser(grammar).parse(source)
    directory = posixpath.dirname(config)
    found: list[Alias] = []
    open_set = False
    for value in _alias_values(tree.root_node):
        entries = _entries(value)
        open_set = open_set or entries is None
        for key, target in entries or ():
            key_text = _static(key, directory, as_key=True)
            if key_text is None:
                open_set = True
                continue
            exact = key_text.endswith("$") and not key_text.startswith(PATH_PREFIX)
            found.append(Alias(key_text.removesuffix("$") if exact else key_text, exact,
                               _static(target, directory) if target is not None else None))
    return BundlerAliases(config, tuple(found), open_set)


@cache
def _javascript() -> tree_sitter.Language:
    import tree_sitter
    import tree_sitter_javascript

    return tree_sitter.Language(tree_sitter_javascript.language())


@cache
def _typescript() -> tree_sitter.Language:
    import tree_sitter
    import tree_sitter_typescript

    return tree_sitter.Language(tree_sitter_typescript.language_typescript())


def _alias_values(root: tree_sitter.Node) -> list[tree_sitter.Node]:
    """The values of every `alias:` property inside a `resolve:` object."""
    found, pending = [], [root]
    while pending:
        node = pending.pop()
        if node.type == "pair" and _key_name(node) == "alias":
            owner = node.parent.parent if node.parent is not None else None
            if owner is not None and owner.type == "pair" and _key_name(owner) == "resolve":
                value = node.child_by_field_name("value")
                if value is not None:
                    found.append(value)
        pending.extend(node.named_children)
    return found


def _key_name(pair: tree_sitter.Node) -> str | None:
    key = pair.child_by_field_name("key")
    if key is None:
        return None
    if key.type in ("property_identifier", "identifier"):
        return key.text.decode()
    return _string(key)


def _entries(value: tree_sitter.Node) -> list[tuple[tree_sitter.Node, tree_sitter.Node | None]] | None:
    """(key, target) of each entry of an alias object, or of an array of `{find, replacement}`;
    None when the value is neither (a variable, a call): nothing of it is known."""
    if value.type == "object":
        entries = []
        for child in value.named_children:
            if child.type != "pair":
                if child.type != "comment":
                    entries.append((child, None))  # a spread, a method: its key is not known
                continue
            entries.append((child.child_by_field_name("key"), child.child_by_field_name("value")))
        return entries
    if value.type == "array":
        entries = []
        for element in value.named_children:
            if element.type == "comment":
                continue
            fields = {_key_name(p): p.child_by_field_name("value") for p in element.named_children
                      if p.type == "pair"} if element.type == "object" else {}
            entries.append((fields.get("find", element), fields.get("replacement")))
        return entries
    return None


def _static(node: tree_sitter.Node | None, directory: str, as_key: bool = False) -> str | None:
    """What an expression of the config is, when it can be read without running it: a string,
    or PATH_PREFIX and a repository path built from the config's directory."""
    if node is None:
        return None
    if as_key and node.type in ("property_identifier", "identifier"):
        return node.text.decode()
    if as_key and node.type == "computed_property_name":
        inner = node.named_children
        return _static(inner[0], directory) if len(inner) == 1 else None
    text = _string(node)
    if text is not None:
        return text
    if node.type == "call_expression":
        return _path_call(node, directory)
    if node.type == "member_expression" and _member_name(node) == "pathname":
        return _url(node.child_by_field_name("object"), directory)
    return None


def _string(node: tree_sitter.Node) -> str | None:
    if node.type == "string":
        return "".join(part.text.decode() for part in node.named_children
                       if part.type == "string_fragment")
    if node.type == "template_string" and not any(c.type == "template_substitution"
                                                  for c in node.named_children):
        return node.text.decode()[1:-1]
    return None


def _member_name(node: tree_sitter.Node) -> str | None:
    prop = node.child_by_field_name("property")
    return prop.text.decode() if prop is not None else None


def _path_call(call: tree_sitter.Node, directory: str) -> str | None:
    """`path.resolve(__dirname, "src")`, `path.join(...)`, `fileURLToPath(new URL(...))`."""
    function = call.child_by_field_name("function")
    arguments = [a for a in call.child_by_field_name("arguments").named_children
                 if a.type != "comment"] if call.child_by_field_name("arguments") else []
    name = function.text.decode() if function is not None else ""
    if name.rpartition(".")[2] == "fileURLToPath" and len(arguments) == 1:
        return _url(arguments[0], directory)
    if name.rpartition(".")[2] not in PATH_FUNCTIONS or not arguments:
        return None
    pieces = []
    for argument in arguments:
        if argument.text.decode() in DIRECTORY_NAMES:
            pieces = [directory]
            continue
        text = _string(argument)
        if text is None:
            return None
        pieces = [text.lstrip("/")] if text.startswith("/") else [*pieces, text]
    if not pieces or pieces[0] != directory:
        return None  # relative to the working directory, or to the file system's root
    joined = posixpath.normpath(posixpath.join(*pieces)) if any(pieces) else ""
    return None if joined.startswith("..") else PATH_PREFIX + ("" if joined == "." else joined)


def _url(node: tree_sitter.Node | None, directory: str) -> str | None:
    """`new URL('./src', import.meta.url)`: the path beside the config."""
    if node is None or node.type != "new_expression":
        return None
    arguments = node.child_by_field_name("arguments")
    values = [a for a in arguments.named_children if a.type != "comment"] if arguments else []
    if len(values) != 2 or values[1].text.decode() != "import.meta.url":
        return None
    text = _string(values[0])
    if text is None or not text.startswith("."):
        return None
    joined = posixpath.normpath(posixpath.join(directory, text))
    return None if joined.startswith("..") else PATH_PREFIX + ("" if joined == "." else joined)
