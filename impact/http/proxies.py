"""Development proxies that map a frontend's request paths to its backend's.

Read from the syntax tree of a JavaScript/TypeScript module (used only for configuration
files: impact.http.clients): Vite's `server: { proxy: {...} }` and webpack's (or Vue CLI's)
`devServer: { proxy: {...} }` — `'/api': 'http://localhost:8000'`, or `{ target, rewrite:
(p) => p.replace(/^\\/api/, '') }`, or `{ target, pathRewrite: { '^/api': '' } }`. The
target's path is what a request path starts with on the backend; a rewrite impact cannot
read leaves it unknown. Next.js `rewrites()` in `next.config.*` (an array, or `{ beforeFiles,
afterFiles, fallback }`): `{ source: '/api/:path*', destination: 'http://localhost:8000/api/:path*' }`
maps the prefix; any other entry (an exact path, parameters elsewhere, `has`/`missing`
conditions, values that are not literals) leaves the paths under its literal start unknown.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from tree_sitter import Node

from impact.http.js_literals import string_value
from impact.http.paths import LOCAL_HOSTS
from impact.lang.treesitter import site, text
from impact.model import ProxyDecl, Site

CONTAINERS = ("server", "devServer")
KEY_DEPTH = 3  # a key's text is at most this far below its entry (pair > string > fragment)


def extract(root: Node) -> tuple[ProxyDecl, ...]:
    source = root.text
    found = _rewrites(root) if b"rewrites" in source else []
    tables = [pair for pair in _pairs_keyed(root, source, b"proxy")
              if _key(pair.child_by_field_name("key")) == "proxy"
              and pair.child_by_field_name("value").type == "object"
              and _inside(pair, CONTAINERS)]
    # a table inside another one's value is not read; the last in the file first
    outermost = [pair for pair in tables if not any(
        other != pair and other.start_byte <= pair.start_byte and pair.end_byte <= other.end_byte
        for other in tables)]
    for pair in sorted(outermost, key=lambda p: p.start_byte, reverse=True):
        found.extend(_proxy_table(pair.child_by_field_name("value")))
    return tuple(found)


def _pairs_keyed(root: Node, source: bytes, word: bytes) -> list[Node]:
    """The object entries whose key's text holds `word` (a key that reads as `word` does:
    a property name, or a string or template without escapes), found from where the word
    is in the source rather than by walking the whole tree (a bundle is megabytes)."""
    pairs = {}
    at = source.find(word)
    while at >= 0:
        node = root.descendant_for_byte_range(root.start_byte + at, root.start_byte + at + len(word))
        for _ in range(KEY_DEPTH):  # up from a string's fragment to the key, then its entry
            parent = node.parent if node is not None else None
            if parent is None:
                break
            if parent.type == "pair" and parent.child_by_field_name("key") == node:
                pairs[parent.start_byte] = parent
                break
            node = parent
        at = source.find(word, at + 1)
    return list(pairs.values())


def _rewrites(root: Node) -> list[ProxyDecl]:
    """The entries of Next.js `rewrites` (a method, or a property whose value is a function)."""
    found = []
    stack = [root]
    while stack:
        node = stack.pop()
        body = None
        if node.type == "method_definition" and text(node.child_by_field_name("name")) == "rewrites":
            body = node.child_by_field_name("body")
        elif node.type == "pair" and _key(node.child_by_field_name("key")) == "rewrites":
            body = node.child_by_field_name("value")
        if body is None:
            stack.extend(node.named_children)
            continue
        entries = [n for n in _descendants(body) if n.type == "object" and
                   {"source", "destination"} <= set(_keys_of(n))]
        found.extend(_rewrite(entry) for entry in entries)
        if not entries:
            found.append(ProxyDecl("/", None, True, site(body)))  # built some other way
    return found


def _descendants(node: Node):
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(current.named_children)


def _keys_of(table: Node) -> list[str | None]:
    return [_key(p.child_by_field_name("key")) for p in table.named_children
            if p.type == "pair"]


def _rewrite(entry: Node) -> ProxyDecl:
    """`{ source: '/api/:path*', destination: 'http://localhost:8000/api/:path*' }`: the prefix
    `/api` to `/api` on localhost. Any other form: the paths under the literal start of its
    source are not known."""
    options = {_key(p.child_by_field_name("key")): p.child_by_field_name("value")
               for p in entry.named_children if p.type == "pair"}
    source = string_value(options.get("source"))
    destination = string_value(options.get("destination"))
    literal = re.match(r"[\w.\-~/]*", source or "").group()
    start = literal if literal == source else literal.rsplit("/", 1)[0]
    unknown = ProxyDecl((start if source and source.startswith("/") else "").rstrip("/") or "/",
                        None, True, site(entry))
    tail = re.fullmatch(r"(/[\w.\-~/]*?)/(:\w+\*)", source or "")
    if tail is None or destination is None or "has" in options or "missing" in options or \
            not destination.endswith("/" + tail.group(2)):
        return unknown
    target = destination[:-len(tail.group(2)) - 1]
    if not _plain(urlsplit(target).path):
        return unknown
    return _proxy(tail.group(1), target, "", site(entry))


def _key(node: Node | None) -> str | None:
    if node is None:
        return None
    if node.type == "property_identifier":
        return text(node)
    return string_value(node)


def _inside(pair: Node, keys: tuple[str, ...]) -> bool:
    """Whether an object entry is in the object that is the value of one of `keys`."""
    owner = pair.parent.parent if pair.parent is not None else None
    return owner is not None and owner.type == "pair" and \
        _key(owner.child_by_field_name("key")) in keys


def _proxy_table(table: Node) -> list[ProxyDecl]:
    proxies = []
    for entry in table.named_children:
        if entry.type != "pair":
            continue
        source = _key(entry.child_by_field_name("key"))
        if source is None or not source.startswith("/") or not _plain(source):
            continue  # a regular expression key (`'^/fallback/.*'`): not read
        value = entry.child_by_field_name("value")
        target = string_value(value)
        if target is not None:
            proxies.append(_proxy(source, target, source, site(entry)))
            continue
        if value.type != "object":
            continue
        options = {_key(p.child_by_field_name("key")): p.child_by_field_name("value")
                   for p in value.named_children if p.type == "pair"}
        target = string_value(options.get("target"))
        if target is None:
            continue
        kept = source
        if "rewrite" in options:
            kept = _rewritten(options["rewrite"], source)
        elif "pathRewrite" in options:
            kept = _path_rewrite(options["pathRewrite"], source)
        proxies.append(_proxy(source, target, kept, site(entry)))
    return proxies


def _proxy(source: str, target: str, kept: str | None, where) -> ProxyDecl:
    """`kept`: what the source prefix becomes after the rewrite (None: unknown)."""
    parts = urlsplit(target)
    local = not parts.hostname or parts.hostname in LOCAL_HOSTS or f"[{parts.hostname}]" in LOCAL_HOSTS
    base = parts.path.rstrip("/")
    return ProxyDecl(source.rstrip("/") or "/", None if kept is None else base + kept.rstrip("/"),
                     local, where)


def _rewritten(function: Node, source: str) -> str | None:
    """`(path) => path.replace(/^\\/api/, '')` or `.replace('/api', '')`: what `source` becomes."""
    body = function.child_by_field_name("body")
    if body is None or body.type != "call_expression":
        return None
    callee = body.child_by_field_name("function")
    arguments = body.child_by_field_name("arguments")
    args = [a for a in arguments.named_children if a.type != "comment"] if arguments else []
    if callee.type != "member_expression" or text(callee.child_by_field_name("property")) != "replace" \
            or len(args) != 2:
        return None
    replacement = string_value(args[1])
    if args[0].type == "regex":
        pattern = args[0].child_by_field_name("pattern")
        found = text(pattern).replace("\\/", "/") if pattern is not None else None
        if found is None or not found.startswith("^") or not _plain(found[1:]):
            return None
        found = found[1:]
    else:
        found = string_value(args[0])
    if found is None or replacement is None or not source.startswith(found):
        return None
    return replacement + source[len(found):]


def _path_rewrite(table: Node, source: str) -> str | None:
    """`pathRewrite: { '^/api': '' }`."""
    if table.type != "object":
        return None
    entries = [p for p in table.named_children if p.type == "pair"]
    if len(entries) != 1:
        return None
    pattern = _key(entries[0].child_by_field_name("key"))
    replacement = string_value(entries[0].child_by_field_name("value"))
    if pattern is None or replacement is None or not pattern.startswith("^"):
        return None
    found = pattern[1:].replace("\\/", "/")
    if not _plain(found) or not source.startswith(found):
        return None
    return replacement + source[len(found):]


def _plain(path: str) -> bool:
    return re.fullmatch(r"[\w.\-~/]*", path) is not None


def proxy_to(target: str) -> ProxyDecl:
    """A proxy of every path, unchanged, to `target` (package.json `proxy`)."""
    return _proxy("/", target, "/", Site(1, 1))
