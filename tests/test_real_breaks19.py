"""Breaks the nineteenth sample of real commits (benchmarks/real_breaks.py, session 46)
showed impact missing or misjudging: each test fails without its fix."""

from __future__ import annotations

from conftest import diff_keys

SERVER = "import express from 'express';\n\nconst app = express();\napp.listen(3000);\n"
WEB_APP = {"package.json": '{"name": "web-check", "type": "module", "scripts": {"build": "astro build"}}',
           "astro.config.mjs": "import { defineConfig } from 'astro/config';\n\n"
                               "export default defineConfig({ output: 'hybrid' });\n",
           "src/pages/index.astro": "---\n---\n<h1>Web Check</h1>\n",
           "server.js": SERVER}
SSR_IMPORT = "import { handler as ssrHandler } from './dist/server/entry.mjs';\n"


def test_an_import_of_what_the_bundler_beside_it_builds_into_its_output_directory_is_not_checked():
    """web-check d9135883de: server.js serves the Astro app through the handler `astro build`
    writes to dist/server/entry.mjs (Astro's, like Vite's, default `outDir` is `dist`)."""
    change = {"server.js": SSR_IMPORT + SERVER}
    assert diff_keys(WEB_APP, change) == []


def test_an_import_into_a_dist_directory_no_bundler_builds_is_still_reported():
    base = {k: v for k, v in WEB_APP.items() if k != "astro.config.mjs"}
    change = {"server.js": SSR_IMPORT + SERVER}
    assert diff_keys(base, change) == [("IMP102", "server.js", 1, "./dist/server/entry.mjs")]


def test_an_import_of_a_missing_file_beside_a_bundler_config_outside_its_output_is_still_reported():
    change = {"server.js": "import { handler } from './lib/entry.mjs';\n" + SERVER}
    assert diff_keys(WEB_APP, change) == [("IMP102", "server.js", 1, "./lib/entry.mjs")]
