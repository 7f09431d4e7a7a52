"""Whether a JavaScript/TypeScript file's text says it is generated: a generated-file header
in its leading comments (`// @generated`, `// Code generated ... DO NOT EDIT`, `// Generated
by CoffeeScript`, `/* This file was automatically generated */`), minified code (lines
over 1,000 characters hold most of its bytes), or a browserify bundle (its prelude opens the
file). Such files are read and resolved like any
other, but nothing is reported in them (impact/build_output.py).

A file a build wrote (one in a `dist/` directory, a minified `x.min.js`, minified code or a
bundle), and third-party JavaScript copied into the repository (a `.js` file in a `third_party/`
directory, or in a `vendor/` directory at the root or below a `static/`, `public/` or `assets/`
one: jQuery or select2 under a Django app's `static/admin/js/vendor/`; a `vendor/` directory
elsewhere may be an app's own, a marketplace's sellers' pages; or a library in its UMD wrapper
anywhere below such a served directory: Misago's copies of moment's locales in
`misago/static/misago/admin/momentjs/`, which a page loads by a script tag, so their
`require('../moment')` of the wrapper's CommonJS branch never runs), is read for what it provides
only: its imports, exports and declarations, and its
requests; not its uses of names (references, member chains, call sites), which no check reads
in build output and which cost most of the reading of a large bundle."""

from __future__ import annotations

import re

HEADER_BYTES = 2_000  # the leading comments are looked for in this much of the file
LONG_LINE = 1_000
GENERATED_HEADER = re.compile(
    rb"@generated\b|\bdo not (edit|modify)\b|\bauto-?generated\b|\bautomatically generated\b|"
    rb"\b(file|code) (is|was|has been) generated\b|^[\s/*#!-]*generated (by|from|with)\b",
    re.IGNORECASE | re.MULTILINE)
# a browserify bundle: its prelude (which throws MODULE_NOT_FOUND) and each module wrapped
# as `function(require,module,exports){...}`, whose `require('./_wks')` names a module of the
# bundle's own map, not a file
BUNDLE_PRELUDE = re.compile(rb"MODULE_NOT_FOUND")
BUNDLED_MODULE = re.compile(rb"function\s*\(\s*require\s*,\s*module\s*,\s*exports\s*\)")
OUTPUT_DIRECTORY = "dist"
THIRD_PARTY_DIRECTORIES = frozenset({"third_party", "third-party", "thirdparty", "3rdparty", "3rd_party"})
VENDOR_DIRECTORIES = frozenset({"vendor", "vendors"})
SERVED_DIRECTORIES = frozenset({"static", "public", "assets"})  # what a web server serves as is
PLAIN_JAVASCRIPT = (".js", ".mjs", ".cjs")
MINIFIED_NAME = re.compile(r"[.-]min\.[cm]?js$")
# the tests of a UMD wrapper, the format a library is distributed in (`typeof exports ===
# 'object' && typeof module !== 'undefined' ? factory(require('x')) : typeof define ===
# 'function' && define.amd ? define(['x'], factory) : factory(global.x)`)
UMD_COMMONJS_TEST = re.compile(rb"typeof\s+(?:exports|module)\s*[!=]==?\s*['\"](?:object|undefined)['\"]")
UMD_AMD_TEST = re.compile(rb"\bdefine\s*\.\s*amd\b")
COMMENT_STARTS = (b"//", b"/*", b"*", b"#!")
DIRECTIVES = (b"'use strict';", b'"use strict";', b"'use strict'", b'"use strict"')


def looks_generated(source: bytes) -> bool:
    return bool(GENERATED_HEADER.search(_leading_comments(source))) or _minified(source) or \
        _bundled(source)


def built_or_vendored(path: str) -> bool:
    """Whether a path is where a build writes (a `dist/` directory, or a minified file) or
    where third-party JavaScript is copied (see above)."""
    directories = path.split("/")[:-1]
    return OUTPUT_DIRECTORY in directories or bool(MINIFIED_NAME.search(path)) or \
        path.endswith(PLAIN_JAVASCRIPT) and _vendored(directories)


def _vendored(directories: list[str]) -> bool:
    if not THIRD_PARTY_DIRECTORIES.isdisjoint(directories):
        return True
    return any(name in VENDOR_DIRECTORIES and
               (index == 0 or not SERVED_DIRECTORIES.isdisjoint(directories[:index]))
               for index, name in enumerate(directories))


def written_by_a_build(path: str, source: bytes) -> bool:
    """Whether a file is build output (or vendored) by its path or its text (minified code, a
    bundle, a served library): what is read of it is what it provides (see above)."""
    return built_or_vendored(path) or _minified(source) or _bundled(source) or \
        served_library(path, source)


def served_library(path: str, source: bytes) -> bool:
    """Whether a plain JavaScript file below a served directory is a library in its UMD
    wrapper (both its CommonJS and its AMD test in its first HEADER_BYTES)."""
    head = source[:HEADER_BYTES]
    return path.endswith(PLAIN_JAVASCRIPT) and \
        not SERVED_DIRECTORIES.isdisjoint(path.split("/")[:-1]) and \
        UMD_COMMONJS_TEST.search(head) is not None and UMD_AMD_TEST.search(head) is not None


def _bundled(source: bytes) -> bool:
    """Whether the file opens with a browserify bundle's prelude and first wrapped module."""
    head = source[:HEADER_BYTES]
    return bool(BUNDLE_PRELUDE.search(head)) and bool(BUNDLED_MODULE.search(head))


def _leading_comments(source: bytes) -> bytes:
    """The comments (and a "use strict") before the first line of code."""
    kept, in_block = [], False
    for line in source[:HEADER_BYTES].splitlines():
        stripped = line.strip()
        if not (in_block or not stripped or stripped.startswith(COMMENT_STARTS) or
                stripped in DIRECTIVES):
            break
        kept.append(stripped)
        opened, closed = stripped.rfind(b"/*"), stripped.rfind(b"*/")
        in_block = opened > closed if opened >= 0 or not in_block else closed < 0
    return b"\n".join(kept)


def _minified(source: bytes) -> bool:
    """Whether lines longer than LONG_LINE hold more than half of the bytes."""
    if len(source) <= LONG_LINE:
        return False
    long_bytes = sum(len(line) for line in source.split(b"\n") if len(line) > LONG_LINE)
    return long_bytes * 2 > len(source)
