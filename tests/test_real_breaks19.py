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


DOWNLOADER = ("class HttpDownloader:\n"
              "    def __init__(self, consume):\n"
              "        if not consume:\n"
              "            self.release_conn = lambda resp: resp.close()\n\n"
              "    def download(self, response):\n"
              "        self.release_conn(response)\n\n"
              "    def release_conn(self, response):\n"
              "        for _ in response.iter_content(1024):\n"
              "            pass\n")
IMPL = DOWNLOADER.replace("    def release_conn(self", "    def _release_conn_impl(self")


def test_a_method_the_class_now_assigns_on_its_instances_is_not_removed():
    """gallery-dl 985aa1556f: `release_conn` becomes `_release_conn_impl`, and `__init__` now sets
    `self.release_conn` in both branches: every instance still has it, the calls still run."""
    change = {"gallery_dl/downloader/http.py": IMPL.replace(
        "        if not consume:\n",
        "        if consume:\n            self.release_conn = self._release_conn_impl\n        else:\n")}
    base = {"gallery_dl/__init__.py": "", "gallery_dl/downloader/__init__.py": "",
            "gallery_dl/downloader/http.py": DOWNLOADER}
    assert diff_keys(base, change, without=()) == []


def test_a_method_removed_while_called_through_self_is_still_reported():
    change = {"gallery_dl/downloader/http.py": IMPL.replace(
        "            self.release_conn = lambda resp: resp.close()\n", "            pass\n")}
    base = {"gallery_dl/__init__.py": "", "gallery_dl/downloader/__init__.py": "",
            "gallery_dl/downloader/http.py": DOWNLOADER}
    assert ("IMP201", "gallery_dl/downloader/http.py", 9, "HttpDownloader.release_conn") in \
        diff_keys(base, change, without=())
