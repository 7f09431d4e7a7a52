"""Build output (a `dist/` file, `x.min.js`, minified code, a bundle) and vendored JavaScript
(in a `third_party/` directory, or a `vendor/` one at the root or below `static/`) is read for what it
provides: its imports, exports, declarations and requests, as any file's; not its uses of
names, which no check reads in build output (impact/lang/generated.py)."""

import pytest

from impact.facts import extract_facts

MODULE = (
    "import { helper } from './helper.js';\n"
    "const base = require('./base');\n"
    "export function total(items, rate) {\n"
    "  return helper(items).map((x) => base.scale(x, rate + missingName));\n"
    "}\n"
    "export { helper };\n"
    "module.exports.extra = function extra() { return fetch('/api/items'); };\n"
)
MINIFIED = ("export function f(a){return a}" + ";" * 1200 + "\n").encode()


def _provided(facts):
    return (facts.imports, facts.exports, facts.bindings, facts.definitions, facts.http,
            facts.commonjs, facts.esm, facts.dynamic_exports)


def test_a_dist_file_provides_what_its_source_provides_and_reads_no_uses():
    source = extract_facts("src/lib.js", MODULE.encode())
    built = extract_facts("dist/lib.js", MODULE.encode())
    assert source.unbound and source.member_refs and source.calls  # the copy read whole
    assert _provided(built) == _provided(source)
    assert built.http.requests  # its requests are read: a served bundle calls the API
    assert (built.unbound, built.member_refs, built.calls) == ((), (), ())


def test_minified_code_and_min_js_are_read_for_what_they_provide():
    for path, data in (("vendor/chart.min.js", MODULE.encode()), ("lib/bundle.js", MINIFIED)):
        facts = extract_facts(path, data)
        assert facts.exports and (facts.unbound, facts.member_refs, facts.calls) == ((), (), ())


def test_vendored_code_is_read_for_what_it_provides():
    for path in ("static/admin/js/vendor/jquery/jquery.js", "vendor/chart.js", "public/vendors/x.mjs",
                 "lib/third_party/x.js"):
        facts = extract_facts(path, MODULE.encode())
        assert facts.exports and (facts.unbound, facts.member_refs, facts.calls) == ((), (), ()), path


@pytest.mark.parametrize("path", ["src/pages/vendor/list.js", "app/vendor/page.tsx",
                                  "static/vendor/widget.ts", "src/vendor.js"])
def test_an_apps_own_vendor_directory_and_typescript_are_read_whole(path):
    # a marketplace's `vendor/` pages are the app's own; TypeScript is nobody's copied bundle
    assert extract_facts(path, MODULE.encode()).unbound


def test_written_code_and_components_are_read_whole():
    assert extract_facts("src/app.ts", MODULE.encode()).unbound
    assert extract_facts("dist/App.vue", b"<script>\n" + MODULE.encode() + b"</script>\n").calls
