"""Ecosystem check: `impact diff C^1 C` over the recent history of public repositories.

What it does
------------
1. For each pinned repository (REPOS: owner/name and the head sha it was written against)
   finds its local mirror, `<mirrors>/<owner>+<name>/repo` (a bare git directory, e.g. what
   the `fetch github:owner/name` tool of the team's sandbox brings in), and makes a scratch
   clone of it, `<work>/clones/<owner>+<name>`, with `git clone --no-checkout --shared`
   (the mirror is only read). It stops on a repository whose mirror lacks the pinned sha.
2. Takes the last --commits first-parent commits ending at the pinned head (a merge is
   compared with its first parent; the root commit is skipped) and runs, oldest first,
       impact --repo <clone> --cache-dir <work>/cache diff <C>^1 <C> --format json
   with the `impact` of the interpreter running this script (the project's .venv), each run
   under --timeout seconds. The cache directory is dedicated to this check (the user's cache
   is untouched) and kept between runs, so all but a repository's first commit are warm runs,
   as in CI on consecutive commits.
3. Appends one JSON line per commit to <work>/results.jsonl: repository, commit, parent,
   subject, exit status, outcome (clean, findings, error: a one-line `impact: error`, crash:
   an internal error, a traceback, a signal, or timeout), wall time, files scanned and every
   finding (code, severity, file, line, symbol, message, origin). A crash is run once more
   with IMPACT_DEBUG=1 and its traceback stored. Commits already in the file are not run
   again (--fresh starts over), so a run that was stopped, or a larger --commits, resumes.
4. Reads the triage file (benchmarks/ecosystem-triage.yaml): every error-level finding is
   keyed by a stable identity, "<owner/name> <sha:12> <code> <file> <symbol>", and judged
   there by hand, `verdict: true` (a real break: the name really is gone, pyright or tsc
   or the runtime would report it) or `verdict: false` with the `cause` (a general class,
   described under `classes:`).
5. Prints a summary and writes it to <work>/summary.md: per repository the commits run,
   crashes, time median / p90 / max, findings by code and severity; the crashes; the
   slowest commits; error-level findings true / false / untriaged, false errors per 1,000
   commits and false errors by cause; the untriaged ones in full. --results also writes it
   as the "Ecosystem check" section of benchmarks/RESULTS.md.

How to run
----------
    nice -n 10 .venv/bin/python benchmarks/ecosystem.py                      # everything
    .venv/bin/python benchmarks/ecosystem.py --repo pallets/flask --commits 20
    .venv/bin/python benchmarks/ecosystem.py --budget 75 --results           # stop after 75 min
    .venv/bin/python benchmarks/ecosystem.py --report                        # summary only
    .venv/bin/python benchmarks/ecosystem.py --report \
        --results-file benchmarks/ecosystem-results.jsonl.gz   # the committed run, re-summarised

The mirrors come from the sandbox's `fetch github:<owner>/<name>` (any bare or non-bare clone
at `<mirrors>/<owner>+<name>/repo` that has the pinned sha will do). The results of the run in
RESULTS.md are committed, compressed, as benchmarks/ecosystem-results.jsonl.gz.

Needs git and the mirrors (no network). Exit status: 0 when the summary was produced (with
or without crashes and untriaged findings), 2 when something could not be set up.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import yaml
from corpora import PROJECT_ROOT, SetupError, check_impact_runs, cpu_model, impact_env, nproc, run

TRIAGE = Path(__file__).resolve().parent / "ecosystem-triage.yaml"
RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
HEADING = "## Ecosystem check"
DEFAULT_WORK = Path("/tmp/impact-eco")
DEFAULT_MIRRORS = Path("/work/.mirror")


@dataclass(frozen=True)
class Repo:
    name: str  # owner/name on GitHub
    head: str  # the pinned sha: the newest commit checked
    kind: str  # what sort of code it is, for the tables

    @property
    def slug(self) -> str:
        return self.name.replace("/", "+")


REPOS = (
    # Python libraries, several with deep `__init__` re-export layers
    Repo("pydantic/pydantic", "2151025aa51263f3016502b00010b78e4481eaa1", "Python library"),
    Repo("networkx/networkx", "cfc6b79fc53f583aa15a79b2187ae30bd4f480ed", "Python library"),
    Repo("sqlalchemy/sqlalchemy", "f35da7e2b9349a08b8de1f6bd3b07c8bf8616790", "Python library"),
    Repo("litestar-org/litestar", "8bd57248db3fd69aeda9c1ad6250aee2dbabf2b2", "Python library"),
    Repo("strawberry-graphql/strawberry", "53008d932ecb2b13d0fb8d8e55395b61e3fcd284",
         "Python library"),
    Repo("Textualize/textual", "1d99508b928a771b51e1a527319c6b87dcff9e05", "Python library"),
    Repo("Textualize/rich", "42899d8a0a96b121a514516f4be9db44ff7aeaf3", "Python library"),
    Repo("encode/httpx", "ae1b9f66238f75ced3ced5e4485408435de10768", "Python library"),
    Repo("pallets/flask", "2ac89889f4cc330eabd50f295dcef02828522c69", "Python library"),
    # plain JavaScript libraries
    Repo("fastify/fastify", "83e69762aff047940b376fc2a266d143499ef727", "JS library"),
    Repo("expressjs/express", "a3714473feb3d2908add734d340e7755fd85e0a3", "JS library"),
    Repo("axios/axios", "23a25af0688d1db2c396deb09229d2271cc24f6c", "JS library"),
    Repo("mochajs/mocha", "e6b9ee773481fd739ae24caeb42f32ac0b010f95", "JS library"),
    Repo("eslint/eslint", "c27bc926e496985eb7911c09eb60914b2e4b5d0f", "JS library"),
    Repo("koajs/koa", "e0ba8ef39d27fe5dae5492f9fe753d155124f994", "JS library"),
    # TypeScript libraries and workspace monorepos
    Repo("honojs/hono", "28a9c128912de19f3fb28b00ae289c9b93f6f392", "TS library"),
    Repo("trpc/trpc", "340811ba5320637fbaf48fccf3dbfdd258bd34db", "TS monorepo"),
    Repo("TanStack/query", "40321a0b1b3bdd0afa11f0e439642ab84cdf6afe", "TS monorepo"),
    Repo("vitejs/vite", "a98c8d95d552c6fa98ab66fb810f5b39ad5abf49", "TS monorepo"),
    Repo("reduxjs/redux-toolkit", "74200d87c27ca2b1c0915b2fbb4c44dd7494c2aa", "TS monorepo"),
    # applications: a backend and a frontend in one repository
    Repo("fastapi/full-stack-fastapi-template", "68adb40d37425f6f8668ec7e5a054500d045e43e",
         "FastAPI + React TSX app"),
    Repo("getredash/redash", "ca79fe988d81cdac9675b412f3dfcab107bc1fbc",
         "Flask + React JS/TS app"),
    Repo("mealie-recipes/mealie", "b5643a9399465d8b4ea339e7a6639df2d697741b",
         "FastAPI + Nuxt TS app"),
    Repo("Netflix/dispatch", "dd2837e82a0bf5565b1b4b4b91ea30b7262d4061", "FastAPI + Vue JS app"),
    Repo("Chainlit/chainlit", "488b74579ace74ad917556a1560e9db68e011219",
         "Python + React TSX app"),
    Repo("juice-shop/juice-shop", "33518f5a0911e25d9df747b1e70fb7af279a755c",
         "Express TS + Angular app"),
    Repo("outline/outline", "d77dcdf853868c5d5fe125c895c9b71f0eff5c68", "Koa + React TSX app"),
    Repo("umami-software/umami", "c0ea3aefbee7a3429ee2f824b06dc4a9dbe0b7e1", "Next.js TSX app"),
    Repo("NodeBB/NodeBB", "ab329b3b4c4d4cc9717b2938908649382cca2b39", "Express JS app"),
    Repo("excalidraw/excalidraw", "4872083c044491b6d5c96ae134a75464f96d6831",
         "React TSX app monorepo"),
    # added 2026-12-01, never tuned against before their first run ("unseen repositories")
    Repo("encode/starlette", "cb8f84f5284dc301ca7a31eb732b9e140769dd48", "Python library"),
    Repo("python-attrs/attrs", "c1dc5dcba16ed827aa6dcad896b41a3afedb4e32", "Python library"),
    Repo("fastapi/typer", "9a7b2e83f6b62c750d6026b0de9ebf2026a8b8fa", "Python library"),
    Repo("marshmallow-code/marshmallow", "341b927f219205704728c05cd61f04d7e9727523",
         "Python library"),
    Repo("colinhacks/zod", "e516c3baf22615e20934116abebfed6c000222c2", "TS monorepo"),
    Repo("vuejs/core", "e2bede96134f757aad5c5b33ac9be055022dbfc8", "TS monorepo"),
    Repo("sveltejs/svelte", "15720b16a5ef33e3e1f4301c77b94ec375070e73", "JS (JSDoc) monorepo"),
    Repo("date-fns/date-fns", "dd66398305c2b015fba3c1b3d31ccff42ee8d4cf", "TS library"),
    Repo("paperless-ngx/paperless-ngx", "b0e0e8a35373a5d9d588a507cb63c79e50a23403",
         "Django + Angular TS app"),
    Repo("makeplane/plane", "4ca6d6c7b807ad09bb571af2c43e85bf47c3ec6b",
         "Django + Next.js TSX app monorepo"),
    Repo("mathesar-foundation/mathesar", "e214743031f1e5aa762b22ac53b321755223da57",
         "Django + Svelte TS app"),
    Repo("TandoorRecipes/recipes", "d206eddbd32bd3c40feff70ad780b0f91f325eaa",
         "Django + Vue TS app"),
    # added 2026-12-01 (second batch), unseen before their first run
    Repo("pallets/click", "2c8cd3ac958a7eb316d67f2d316c27086c4c0369", "Python library"),
    Repo("pytest-dev/pytest", "df87db7b0462fb764ef73fa00561adf8ad047572", "Python library"),
    Repo("celery/celery", "5dc781f0bd5f36186bfcc74e0a4f9f654452c69b", "Python library"),
    Repo("encode/django-rest-framework", "751a19fe1b237beca9af7d587fce55d3e09d3741",
         "Django library"),
    Repo("withastro/astro", "99d3d3dbbfa4fd7b128a056337f1a719437a7377", "TS monorepo"),
    Repo("payloadcms/payload", "db7543c2121f0b672e33436447122b5e09ea4f2b",
         "TS/TSX monorepo (Next.js CMS)"),
    Repo("louislam/uptime-kuma", "6398a9581d1c3c427a7536559f47ccf45dac08b4",
         "Express JS + Vue app"),
    Repo("hoppscotch/hoppscotch", "afc2cf181c16e56647b099e5d18cfe55710c6cdd",
         "NestJS + Vue TS app monorepo"),
    Repo("wagtail/wagtail", "c2ae43b9265d085c95142cd1a1f8563ad2eb4de9", "Django + TS/JS CMS"),
    Repo("netbox-community/netbox", "43fe81f9e833228c9869f7ddadb67e6c5f145060",
         "Django + TS app"),
    # added 2026-12-02 (third batch), unseen before their first run
    Repo("psf/black", "8947c48ef2077c3a301b03c1e814dc2e3f78436e", "Python library"),
    Repo("aio-libs/aiohttp", "495e778360d1924da63e16dba0f0d76baf56a56a", "Python library"),
    Repo("scrapy/scrapy", "11079cb1c85b9e75a39a7269943c69d1a975d485", "Python library"),
    Repo("pallets/werkzeug", "1b00618e787f40dfb21eba29caf8f8be7c8e1d93", "Python library"),
    Repo("pmndrs/zustand", "f094eebe9bd3b4b0d77b997f69ab1d273f69a877", "TS library"),
    Repo("healthchecks/healthchecks", "29b5ec251059034b79e0120e2ff0c3e35d7bd9f8",
         "Django + JS app"),
    Repo("wger-project/wger", "aaba20184527b018e10f1be576202aa7e7cb4c21", "Django + JS app"),
    Repo("linkwarden/linkwarden", "7550ebb8907e0cd22e8b3e0785bf3da03ab96e3a",
         "Next.js + Prisma TSX app monorepo"),
    Repo("documenso/documenso", "75330166cc00b29c14399bc2e391e4b4d8080c00",
         "Next.js + Prisma TSX app monorepo"),
    Repo("formbricks/formbricks", "b66c1dd978af618a0e402bd3343b456bed68594c",
         "Next.js + Prisma TSX app monorepo"),
    Repo("saleor/saleor", "723cd4eba87dfc72822ade45dc08a3caa548428d", "Django GraphQL app"),
    Repo("ghostfolio/ghostfolio", "c542997d27990365b607c7a6c9fe4bc8835a55c8",
         "NestJS + Angular TS app monorepo"),
    Repo("docmost/docmost", "549cf7c0053bb4f4c3c4e08d588b1f0c69297daf",
         "NestJS + React TSX app monorepo"),
    # added 2026-12-02 (fourth batch), unseen before their first run
    Repo("gradio-app/gradio", "375335e60e2b4504a57f3eef0eb6bca3c7bb765a",
         "Python + Svelte TS app monorepo"),
    Repo("streamlit/streamlit", "2db81f7f72017dd25a16eb7bd96ca0b327ef283d",
         "Python + React TSX app"),
    Repo("reflex-dev/reflex", "d86f167bce73d4ec4ded9b4a77296955142ef019",
         "Python + JS templates framework"),
    Repo("sissbruecker/linkding", "65813a75404b1319aca8b09700fadc0b15adabaf",
         "Django + Svelte JS app"),
    Repo("ArchiveBox/ArchiveBox", "81d6d36fb3cdd1bfb350c2d4a4fb0272921397a8",
         "Django + JS app (git submodules)"),
    Repo("ansible/ansible", "c9ac477e53a99e95781f333eec3329a935c1bf95",
         "Python (module_utils, plugin loaders)"),
    Repo("scikit-image/scikit-image", "cd0a3d22b9f359f05618d75d5c7a29b91b4951ca",
         "Python library (lazy_loader .pyi stubs)"),
    Repo("pydata/xarray", "b1c1dc549b62bdfc8de0bdded24f56464cf0db1a", "Python library"),
    Repo("twisted/twisted", "64661601a1e492a9448ac1011deb9cd9467a9e30", "Python library"),
    Repo("medusajs/medusa", "59e6747800133e091d20c2c167f600981abc5c0d",
         "Node TS API + React admin monorepo"),
    Repo("dubinc/dub", "1de955f782a72e1eff7b201ae54a909d5ceb5722",
         "Next.js + Prisma TSX app monorepo"),
    Repo("langfuse/langfuse", "62751446149b702b419a9292ddfc2280cdf74b8c",
         "Next.js + Prisma TS app monorepo"),
    Repo("pypa/pip", "6d309205789d368b2749d93fd6193d584811efd5",
         "Python (vendored packages under _vendor)"),
    Repo("logto-io/logto", "1fbc55441fd28d9e3e7d69c1522e7654dccfe99c",
         "Koa TS API + React TSX app monorepo"),
    # added 2026-12-02 (fifth batch), unseen before their first run
    Repo("psf/requests", "1f6589ec3a1ee910f9a65cc3ceac60b26677bc0e", "Python library"),
    Repo("python-poetry/poetry", "f46702336862f30050d5c641d5ed6f7568ded793", "Python CLI app"),
    Repo("pypa/hatch", "ed8e30bebf98f2fe4d70c18a32a50a8160c391cb",
         "Python CLI monorepo (hatch + hatchling)"),
    Repo("fastapi/sqlmodel", "a6469ef61bb903cbf7fd8749c70d8ceb8046c368", "Python library"),
    Repo("pallets/jinja", "5ef70112a1ff19c05324ff889dd30405b1002044", "Python library"),
    Repo("encode/uvicorn", "e6c7ce791fc634b6eedee40e0d0207faa8a9aefd", "Python library"),
    Repo("django-commons/django-debug-toolbar", "9e9ebf974765308de1550002192782a50e64e969",
         "Django + JS library"),
    Repo("huggingface/huggingface_hub", "ee0a4510f4bc15e26cb722be2efc2bdb01383ca0",
         "Python library (lazy __getattr__ imports)"),
    Repo("openai/openai-python", "e43b422412a9e96c9cc5192c61fffbe2d7e04836",
         "Python library (generated SDK, lazy proxies)"),
    Repo("vercel/swr", "7173e55b2a175dee455612c5fa067383345c392f", "TS library (exports map)"),
    Repo("pmndrs/jotai", "1fae77247ae72ab5f2f002dc82a876e61ce26f56", "TS library (exports map)"),
    Repo("remix-run/react-router", "cab1a69054aa7dfba08a81b6e4b4d13957c82a38",
         "TS monorepo (pnpm workspaces)"),
    Repo("vitest-dev/vitest", "c3ba16b35847d27fb9f01f38cdcb047c77e121f8", "TS monorepo"),
    Repo("denoland/fresh", "39b5f06f8a7d7fa02dd2e2950f2291d04ef9fea7",
         "Deno TS/TSX (jsr: imports)"),
    Repo("unjs/h3", "ac609aae8fa93947b564de55e2d1a6bec5ad18ad", "TS library"),
    Repo("appwrite/console", "3ee4f7572504e8048ae5635144d8ac13e395706f", "SvelteKit TS app"),
    Repo("vuejs/pinia", "254eec764ecccd120ab9dbc31352d76ffd6ecfa3", "TS monorepo"),
    Repo("sveltejs/kit", "aa810a04146b98b77592f7b384347140d29ff599", "JS (JSDoc) monorepo"),
    Repo("zauberzeug/nicegui", "932f019e287727d9b2b7887c79dbf47688d135d7",
         "Python + Vue JS framework"),
    Repo("searxng/searxng", "9fea41204fdfa7a5cfa15b0ebd12904c520478ce", "Flask + JS app"),
    Repo("pretalx/pretalx", "5a3c2f61ecafc83cfa85aa518cc5af3d564b16ef", "Django + JS app"),
    Repo("t3-oss/create-t3-app", "c74237d63769b0d66d6e73141d107328ed512fd6",
         "Next.js TS templates CLI"),
    Repo("prisma/prisma-examples", "74814fd9512cef59a323faab067db8c6ad453c35",
         "Node/Next.js + Prisma examples"),
    # added 2026-12-02 (sixth batch), unseen before their first run
    Repo("CTFd/CTFd", "91ced62d44d3ec3142a0948ee96ed19947cfc979", "Flask + JS app"),
    Repo("pennersr/django-allauth", "20f4bded2fd2e12d0d172d1321626a94c17ac97e",
         "Django library + JS"),
    Repo("locustio/locust", "407343d0f5ab84a32f41f6f9a7c991188d10a55a",
         "Python + React TSX web UI"),
    Repo("mitmproxy/mitmproxy", "8fc25b3045934777b0796d8ec7958bbc257d7bb5",
         "Python + React TSX web UI"),
    Repo("sanic-org/sanic", "785d77f8fe208576a48d339bd81d866021154092", "Python library"),
    Repo("tortoise/tortoise-orm", "3829267adeab10482fd1f089bafa9d3b748913f3",
         "Python library (ORM)"),
    Repo("django-oscar/django-oscar", "cdbfc4412c87dd9037d62b04755780b76490373c",
         "Django library (dynamic class loading)"),
    Repo("lnbits/lnbits", "7d98c6b0808efab3edafc21310ec34d1c38c23df", "FastAPI + Vue JS app"),
    Repo("mkdocs/mkdocs", "2862536793b3c67d9d83c33e0dd6d50a791928f8", "Python CLI + JS themes"),
    Repo("falconry/falcon", "ce0a35b8fd02747cc72710202886874906b0d47a", "Python library"),
    Repo("taigaio/taiga-back", "3bea7114007afd83478a8d6f2a70afd70d94dc21", "Django REST app"),
    Repo("HackSoftware/Django-Styleguide-Example", "a70ef43d7df03706c1211d4fcfd70b4b0120ba1e",
         "Django REST app"),
    Repo("vueuse/vueuse", "1354e69588f601f721ce2b5e4328d7c3214a0c7e", "Vue TS monorepo"),
    Repo("TanStack/router", "0eb45738c07f53ce618d486aac1aa709f4d725ca",
         "TS monorepo (React/Solid router, examples)"),
    Repo("drizzle-team/drizzle-orm", "b7862528fd8fc39bc2653a6c18dad7c1f4e68d10", "TS monorepo"),
    Repo("mswjs/msw", "8a19d5485adad2b8a816e04a937f4c76169cd5b9", "TS library (exports map)"),
    Repo("elk-zone/elk", "ae4ebf3375eb68f1f355390b4f163adb10f5026c", "Nuxt TS app"),
    Repo("preactjs/preact", "f6c6cda581e1123095c56f9fc232b82fc518e426", "JS library + .d.ts"),
    Repo("socketio/socket.io", "d2d753fed4435015c2d83fe62e676b44e07fa3f7", "TS/JS monorepo"),
    Repo("brocoders/nestjs-boilerplate", "9620f159eefe38f47747d02ab162852367c5472c",
         "NestJS TS API"),
    Repo("shadcn-ui/ui", "1773ecfeeb4a04366978d353e69b5c7ded78dcb2",
         "Next.js TSX monorepo (registry)"),
    # added 2026-12-02 (seventh batch), unseen before their first run
    Repo("fastapi-users/fastapi-users", "9ef8cd82619856772ac06a178b114eb47c79586c",
         "FastAPI + SQLAlchemy library"),
    Repo("open-telemetry/opentelemetry-python", "0a5d76b65094a4bad414e0c0ab68981fc266f0a9",
         "Python monorepo (namespace packages, src layout)"),
    Repo("celery/kombu", "9ee8595b835c77b4f04cfb54b40b5d446f985a35", "Python library"),
    Repo("hynek/structlog", "025edaf799c6d6d511ab672d14c2ba8e885c4c36",
         "Python library (src layout)"),
    Repo("pallets-eco/flask-admin", "e386a191e44017fa751c7d2c0adcb86301f6084a",
         "Flask + SQLAlchemy library + JS"),
    Repo("django/channels", "60cbc43c1069dce5567c1081781c94e4f4ba0c19", "Django library"),
    Repo("mkdocstrings/griffe", "b450abb0b372f594271a017153a297c75651531a",
         "Python library (src layout, _internal re-exports)"),
    Repo("vercel/commerce", "5542649d5b4700e80d2da9b40279af50bf451a75", "Next.js TSX app"),
    Repo("hagopj13/node-express-boilerplate", "179ae84efec61b14206d0305d941daed6c6d07f9",
         "Express JS API"),
    Repo("notiz-dev/nestjs-prisma-starter", "225e5a906865df237a681c1ad228a3ecf2909326",
         "NestJS + Prisma TS API"),
    Repo("vbenjs/vue-vben-admin", "e3369bd63523831abb24a604da7721ba4f8c8db6",
         "Vue TS app monorepo (pnpm workspaces, tsconfig paths)"),
    Repo("huntabyte/shadcn-svelte", "bf4f461d88526359d0e96e1950f637912bbeebe7",
         "SvelteKit TS monorepo"),
    Repo("unjs/nitro", "14b4891feba62080a5fa90fb8f5988fc06df2beb", "TS library (.mjs, exports)"),
    Repo("nodejs/undici", "7eb7c8ec8f23acd9c3da93a286162f8c1dc68326", "JS library (CJS + .mjs)"),
    Repo("oakserver/oak", "a766bcfc07662fdf9e24898f9580088fba9e9bfc", "Deno TS library"),
    Repo("khoj-ai/khoj", "ae229ca894c0b80ad84664afcfdde523b5e87057",
         "Django/FastAPI + Next.js TSX app"),
    Repo("polarsource/polar", "c6c3645e639ee8eeaa05aa0835cf8e39e330382f",
         "FastAPI + Next.js TSX app monorepo"),
    Repo("TracecatHQ/tracecat", "4209a655bc1da1a36d75ea29edfea69daffbdd23",
         "FastAPI + Next.js TSX app"),
    Repo("dgtlmoon/changedetection.io", "fce24780e74199bf34c62a0d90188cc2fc12f061",
         "Flask + JS app"),
    Repo("Skyvern-AI/skyvern", "07222e7a7caae79aacd5908c30e4a4445fce5f9b",
         "FastAPI + React TSX app"),
    # added 2026-12-02 (eighth batch), unseen before their first run
    Repo("wandb/openui", "f9d8f0e30e1efe2a21bbefffba33bcf6b4e12dc7", "FastAPI + React TSX app"),
    Repo("reworkd/AgentGPT", "18b073ab05b2902e1d052c3d2799786d8623b5e5",
         "FastAPI + Next.js TSX app"),
    Repo("Mintplex-Labs/anything-llm", "72aabbd15481ae405434efd4c83d46026eef1173",
         "Express + React JSX app"),
    Repo("arc53/DocsGPT", "52279d27b4c311c83e62f16f7867f2cf4a74b7f5", "Flask + React TSX app"),
    Repo("lukevella/rallly", "c629b3148024e40a115a731d3660d725c9329b0e",
         "Next.js TSX app monorepo (tRPC, workspaces)"),
    Repo("hyperdxio/hyperdx", "b52a6fa83a1a8f6d1cc70e8b676103ade6a1b207",
         "Express + Next.js TSX app monorepo"),
    Repo("mckaywrigley/chatbot-ui", "81328b61d2a4ab597a7a057be70e785cf756d9f8",
         "Next.js TSX app (route handlers)"),
    Repo("huggingface/diffusers", "58eb52c0803ea9af3abec60841c2a093bdf1f951",
         "Python library (lazy modules, dummy objects)"),
    Repo("agronholm/anyio", "660a06d548ca72759e9d89ed722dd1ad5227afe4",
         "Python library (src layout)"),
    Repo("python-trio/trio", "60d0c2f84854ec6ef74995663dcdce3296840485",
         "Python library (src layout, _core re-exports)"),
    Repo("pydantic/pydantic-ai", "4fda38988f2939fa6ea9cdefcf120693e10ef491",
         "Python monorepo (uv workspace)"),
    Repo("mikro-orm/mikro-orm", "a6b9730585e467720b90390a1de706e0f4b8726c",
         "TS monorepo (workspaces, decorators)"),
    Repo("TanStack/table", "d3000515c7172dc456665fe32ba671132a9d9280",
         "TS monorepo (framework adapters, exports)"),
    Repo("statelyai/xstate", "b1811bf77bc2d1a74367328cec7907aa185b70df",
         "TS monorepo (changesets, exports)"),
    # added 2026-12-02 (ninth batch), unseen before their first run
    Repo("FlowiseAI/Flowise", "ababf4c8ebc0263e03aeeb917832251d3fd785e4",
         "Express + React JSX app monorepo"),
    Repo("gitroomhq/postiz-app", "74b01ada154a177242d558bedc646fcfed100adf",
         "NestJS + Next.js TSX app monorepo"),
    Repo("mem0ai/mem0", "8d5b7865bd0521e75fe9ab1b260eeccc83f8a378",
         "Python library + FastAPI/Next.js app"),
    Repo("Kiln-AI/Kiln", "66cbe9de1d943e5da3bc33226d8038a8ff7387e9",
         "FastAPI + SvelteKit app (uv workspace)"),
    Repo("Dokploy/dokploy", "772b76821771c53b072c2fbb95cf8876e1a65ae4",
         "Next.js + tRPC TSX app monorepo"),
    Repo("karakeep-app/karakeep", "7ca5ee236b96cd659096b1530c5be3fdcd8e4470",
         "Next.js + tRPC TSX app monorepo (workers)"),
    Repo("sphinx-doc/sphinx", "e44a40eb2f810558ccd9da1425421270ccb81351",
         "Python library (TYPE_CHECKING, extensions)"),
    Repo("tox-dev/tox", "ccb12fc2e1bb9df0da860be4af175e9b97949fbc",
         "Python app (pluggy plugins, src layout)"),
    Repo("dask/dask", "817e5ffc1208346630b111860571024b0c6ec9bd",
         "Python library (lazy imports, optional deps)"),
    Repo("TanStack/form", "57a855b42b9b99cee5ca12890b70c7df84e2982c",
         "TS monorepo (framework adapters)"),
    Repo("better-auth/better-auth", "451aa4b6e57c9d4989bebc61ebb0892510e8a14e",
         "TS monorepo (plugins, exports)"),
    Repo("radix-ui/primitives", "f7ecd5ab16f5e1e820eb5786a1419a98a2d594ae",
         "TS monorepo (React primitives)"),
    # added 2026-12-03 (tenth batch), unseen before their first run
    Repo("bookwyrm-social/bookwyrm", "db40a61c9eaa6872607ca499b91893914dc1c8cf",
         "Django app (ActivityPub, celery)"),
    Repo("mne-tools/mne-python", "8aa8dec45a522363be02cba78d0856442b208067",
         "Python data library (lazy_loader .pyi stubs)"),
    Repo("fastapi-practices/fastapi_best_architecture",
         "2e86d79150c0abf0191dc8c189734214c4934a17", "FastAPI service (plugins)"),
    Repo("sqlfluff/sqlfluff", "e8e8c5d24dee8371acb94177fd8a7a86a783151c",
         "Python CLI + library (dialects, plugins)"),
    Repo("Flexget/Flexget", "05b661f561b55147735538c0898abe966eb7525b",
         "Python app (plugin registry)"),
    Repo("aws/aws-sam-cli", "fe8f8dbb1160abce8ae13e0a4c5f8b456658afd3", "Python CLI"),
    Repo("elie222/inbox-zero", "4f70dcefc55c65f2664ec27a19e118003138fb5f",
         "Next.js TSX app monorepo (workspaces)"),
    Repo("usememos/memos", "76a762924306e782871204f131f4033be5e8e41a",
         "Go + Vite React TSX app"),
    Repo("parse-community/parse-server", "7ea2a2953e9202d43ddb53ded309fbd26245d45c",
         "Express JS API (Flow, Babel)"),
    Repo("facebook/lexical", "5d5102235132888d15789bf76cf214ede2a98d62",
         "TS monorepo (workspaces, tsconfig paths)"),
    Repo("slidevjs/slidev", "dbc307b416d002d7d02ddb9742b9254427c5c299",
         "Vue TS monorepo (Vite)"),
    Repo("koel/koel", "41cab99feeaf59b139699403fdfd41f0a280fb39", "Laravel + Vue TS app"),
    # added 2026-12-03 (eleventh batch), unseen before their first run
    Repo("janeczku/calibre-web", "7ec475e1fe20893730fd8863f771489049c99d16", "Flask + JS app"),
    Repo("DefectDojo/django-DefectDojo", "7cfa159a6767b0ac6e66f3b1597a997e607e7308",
         "Django + JS app"),
    Repo("keras-team/keras", "3422977a5e38fb2f7709aaa9a08e47f0c43d0f60",
         "Python library (generated api re-exports)"),
    Repo("astropy/astropy", "1fdfae1fe1881234e08855ac662dae86e538ed7c",
         "Python library (star re-exports, lazy __getattr__)"),
    Repo("lektor/lektor", "6bad66f81ee390ab0926725e037d2701269d7fc7",
         "Python + React TSX admin app"),
    Repo("lfnovo/open-notebook", "206d77cab366d48f057ff5cce3141bc66732851a",
         "FastAPI + Next.js TSX app"),
    Repo("openstatusHQ/openstatus", "22df52eb0dbdafbad2c3fa41269f7a3a3cbf044b",
         "Next.js + Hono TS app monorepo"),
    Repo("teableio/teable", "c398cf4e0d79dfba72a3c8e98234e6b5d8bc17a6",
         "NestJS + Next.js TSX app monorepo"),
    Repo("homarr-labs/homarr", "464d98e124726f30c5f92ccf18a5ebff71e0cdd9",
         "Next.js + tRPC TSX app monorepo"),
    Repo("soybeanjs/soybean-admin", "9fc1be77af67725323134d0cf32c7e185972fafe",
         "Vue TS app (pnpm workspaces)"),
    Repo("feathersjs/feathers", "09519fb1c454ea718747a09797bc6dfd3b6a79a3",
         "TS monorepo (Express/Koa API framework)"),
    Repo("pocketbase/pocketbase", "5d217ddb50cb144d80a5d0b0bdf11b52b2c3e457",
         "Go + Svelte JS admin UI"),
    # added 2026-12-03 (twelfth batch), unseen before their first run
    Repo("babybuddy/babybuddy", "fa8bf4cd66ed149e23c215763a49a2f76dbcd2b7", "Django + JS app"),
    Repo("Arize-ai/phoenix", "9478f954bbc6175a0eaef398d0a92c1d967c3bfe",
         "FastAPI + React TSX app"),
    Repo("scipy/scipy", "3dbf660a919b1479cdf30d533176053b428d08d3",
         "Python library (lazy __getattr__ modules)"),
    Repo("sympy/sympy", "e950d313a932bc6cccbc95376b3821cd2f8b5af4",
         "Python library (star re-exports)"),
    Repo("numpy/numpy", "1f90bbb55e65e7de68921bc3f1a2d94492fdf689",
         "Python library (.pyi stubs, C extensions)"),
    Repo("jcrist/msgspec", "3b2543b838a01dfac23e0b8d8746ebb273254e2d",
         "Python library (.pyi stubs, C extension)"),
    Repo("Effect-TS/effect", "1144032cedda7b5eacc1ebf980d06957c7a59ddf",
         "TS monorepo (pnpm workspaces, tsconfig paths)"),
    Repo("pingdotgg/uploadthing", "e8ffeaeed0dad695bc4e56f2b9f6849da1b53d45",
         "TS monorepo (pnpm workspaces, examples)"),
    Repo("HalseySpicy/Geeker-Admin", "d05424c2acda8dc3ffb25a47e1e3692c3bac5a17",
         "Vue TS app"),
    Repo("Unleash/unleash", "ceeb5a9ca6d0beb0cabf041d6a27ffd2d6501859",
         "Express TS API + React TSX app"),
    Repo("webpack/webpack", "bc3e930f75e3f6ecbdf193a0dedf6067ea3a286b",
         "plain JS CommonJS library"),
    Repo("lit/lit", "6c051d517bd92761787897b2c8c060ed419126e2",
         "TS monorepo (package.json exports maps)"),
    Repo("open-telemetry/opentelemetry-python-contrib", "466ae4c00de77d1f54f77a9600f1d08eba2306b5",
         "Python monorepo (namespace packages, many pyproject files)"),
    Repo("python/mypy", "8b3e7d8b9f63543374e53d1c389ea443dd65bc46",
         "Python library (.pyi stubs, typeshed, mypyc)"),
    Repo("jupyterhub/jupyterhub", "2841153db6c1c25d8b50955e2f4b39f78f3d0119",
         "Tornado Python backend + React JS admin app"),
    Repo("aimhubio/aim", "753f4b18437b8288e1c6f7c894c14a33cba9e7d0",
         "FastAPI Python backend (Cython) + React TS app"),
    Repo("holoviz/panel", "45cb9c132ff3ad52907ef434dd6ddb5d7c7354ad",
         "Python library + TS Bokeh models"),
    Repo("aio-libs/yarl", "7009e844cec7959e73741102ceadff49ed914291",
         "Python library (Cython extension, .pyi stubs)"),
    Repo("ngrx/platform", "46c0077012b6bc9c59107c3d6ca751b289086e39",
         "Angular TS monorepo (tsconfig paths)"),
    Repo("denoland/std", "ca58f9427152c946ce1c1bc287d290efde1fbab7",
         "Deno TS library (deno.json workspace, explicit .ts imports)"),
    Repo("babel/babel", "1da3cfa1a25503c7ecba7304f8738933e6d16dca",
         "JS/TS monorepo (yarn workspaces, exports maps, CJS + ESM)"),
    Repo("prettier/prettier", "4f84a934201322ca87750e2b9b25baf296da6560",
         "ESM JS library (exports map, CommonJS parts)"),
    Repo("vuejs/vitepress", "ed2bfb266ef788e86d1a73fe3cd7708a4cd5e260",
         "TS library + Vue single-file components"),
    Repo("skeletonlabs/skeleton", "d7ce9208d2fcae318552d60fc39d38ed1b23213f",
         "pnpm monorepo (Svelte, React, Astro)"),
    # added 2026-12-03 (fourteenth batch), unseen before their first run
    Repo("dipy/dipy", "2ecd365584cc344c61e3543d8d7d4a498739a51c",
         "Python library (lazy_loader .pyi stubs, Cython)"),
    Repo("zopefoundation/zope.interface", "af320871c99c6d8630bc2ff1c13aa944aacda9e0",
         "Python library (zope namespace package, C extension, src layout)"),
    Repo("livekit/agents", "da6af86ac640a3bc54585764e64321d7048c1c16",
         "Python monorepo (livekit.plugins namespace, many pyproject files)"),
    Repo("zeromq/pyzmq", "c6bc8f20d47f9e779d17137201939a31fcd457cc",
         "Python library (Cython backend, .pyi stubs, star re-exports)"),
    Repo("pgadmin-org/pgadmin4", "bc58657d3d3ab4209cdadea6d191b632cf1572cc",
         "Flask + React JS app"),
    Repo("ethyca/fides", "96aa40cba74e44a369d637b056f08310132b65ba",
         "FastAPI + Next.js TS app monorepo"),
    Repo("frappe/crm", "8b7dfdde81206fc8be8c38d6fbce57da234582af", "Frappe Python + Vue app"),
    Repo("CERT-Polska/mwdb-core", "88f0ea5ff2a3bff245d7e0a4f7d235cdffc0c537",
         "Flask + React TS app"),
    Repo("lumeland/lume", "3d16383601abe8dab7b5324353aab8a6a8fd190c",
         "Deno TS library (URL and .ts imports)"),
    Repo("huntabyte/bits-ui", "d9cc7ccd804e781596c68ca755d0ebb373d0776b",
         "Svelte 5 TS pnpm monorepo"),
    Repo("vuejs/language-tools", "8c85e38870010ee69246ff9f88e38d9973aadd15",
         "TS monorepo (project references, Vue)"),
    Repo("yargs/yargs", "2a4378bdc2eac9cf7d0cdfe0a52b1b25f779806a",
         "TS/JS library (exports map, CJS + ESM builds)"),
    # added 2026-12-03 (fifteenth batch), unseen before their first run
    Repo("yt-project/yt", "e3fb8ab769670f86d25aceb9e5daa5fa266288d7",
         "Python library (Cython extensions, deep re-export layers)"),
    Repo("pyproj4/pyproj", "a11a0f3b863d05c9b7705fc1832be38f45ed52da",
         "Python library (Cython extensions, .pyi stubs)"),
    Repo("beartype/beartype", "5565e3b15137c39f0aece301e4d9c037017519a7",
         "Python library (private-module re-export layers)"),
    Repo("huggingface/accelerate", "16cb6eb80dd9aa8b4df1a63ef57863e455d53b83",
         "Python library (src layout, lazy imports)"),
    Repo("shapely/shapely", "330e9d331f539f5a13b7348287d0b1916daf375e",
         "Python library (C extension, star re-exports)"),
    Repo("doccano/doccano", "ab6b765ea326d07b2b806a4280cd097565e62321",
         "Django REST + Nuxt Vue TS app"),
    Repo("kedro-org/kedro-viz", "5a762183976c13e52f1f51682be3b774968461a4",
         "FastAPI Python package + React JS app"),
    Repo("evidentlyai/evidently", "a4aa4c2b37fe7a4344cc5031f566deccf3d69e4f",
         "Python library + FastAPI-style service + TS UI workspaces"),
    Repo("onyx-dot-app/onyx", "a7d66a8b778c3f9026c4f89dae47d14a3f84816f",
         "FastAPI Python backend + Next.js TS app"),
    Repo("analogjs/analog", "305f9f053ad94e3532ab9a57d2387377a35a00e4",
         "Angular + Vite TS monorepo (pnpm, Nx, tsconfig paths)"),
    Repo("spartan-ng/spartan", "850efb2e9fd978159a90009935cc5d6f1715b142",
         "Angular TS Nx monorepo (tsconfig paths)"),
    Repo("solidjs/solid-start", "e0edaa177860e3be05109b591997250d3be424a2",
         "SolidJS TS pnpm monorepo (exports maps)"),
    # added 2026-12-03 (sixteenth batch), unseen before their first run
    Repo("narwhals-dev/narwhals", "7880b36c45051dd6dea3c1b878bdc2f913d8efec",
         "Python library (stable.v1 re-export layers, lazy backends)"),
    Repo("zarr-developers/zarr-python", "d44f9f92ab4f12a8008de2553a7c9988669e3910",
         "Python library (src layout, re-export layers)"),
    Repo("Instagram/LibCST", "519b46307ccc7fa13722fd5fc4b72226f7ac9763",
         "Python library (Rust native parser, generated re-exports)"),
    Repo("Avaiga/taipy", "3621961930cec46fd204c2322ff694542b0d85c9",
         "Python framework + React TS GUI (several pyproject files)"),
    Repo("jupyter-widgets/ipywidgets", "fbc0d6e9cd63727b5951f2bf559f1a5769e4455d",
         "Python packages + TS yarn workspaces"),
    Repo("frappe/helpdesk", "6018181a356db2bc0accec41e37344b4d12e76a1",
         "Frappe Python + Vue TS app"),
    Repo("piccolo-orm/piccolo_admin", "d6053adc9f6d2db49cba9bcce97914ac3b2b989a",
         "ASGI Python backend + Vue TS app"),
    Repo("Kanaries/pygwalker", "5c7a2fc4d85063cfef67c65676fb6a30b3d8d7af",
         "Python package + React TS app"),
    Repo("unovue/reka-ui", "b4f42238e388f3fd65198825bcc545905473f1ea",
         "Vue SFC TS pnpm monorepo"),
    Repo("melt-ui/melt-ui", "3ddf5f1c814801b376b1481b527e18f9f948e89f",
         "Svelte TS library (pnpm, exports map)"),
    Repo("modelcontextprotocol/typescript-sdk", "3924de99df834302d89f5997a1b64ca268282284",
         "TS library (exports map, ESM + CJS)"),
    Repo("angular/angularfire", "b83343df612f3f20cc82f6817276ecb21f189d9e",
         "Angular TS library (secondary entry points)"),
    # seventeenth batch (session 38)
    Repo("python-pillow/Pillow", "4e5f09f533dbd0d87d39951f48b62f4d1a421cba",
         "Python library (C extensions, src layout, .pyi stubs)"),
    Repo("lxml/lxml", "ce6b446bb5a5464cfb9fa41c77554049bb055183",
         "Python library (Cython, src layout)"),
    Repo("aio-libs/multidict", "41c1b9144b13dcdfa4c18085aedc874cc9d24006",
         "Python library (C extension + pure-Python fallback, .pyi)"),
    Repo("langchain-ai/langgraph", "f09cfe8ffc1eeffd68f4b628ed69c30f7cad229f",
         "Python monorepo (several pyproject files, lazy re-exports)"),
    Repo("rotki/rotki", "ef14aadd1f387a199731fcc03254463b45b6e0cb",
         "Python backend + Vue TS pnpm frontend"),
    Repo("google/mesop", "74e6f11c0e89cc91f62efe08dfad9a0c674623ab",
         "Python framework + Angular TS frontend"),
    Repo("rio-labs/rio", "2ffd7767f34bfea5ba72e5933f4ea9df4594d938",
         "Python framework + TS frontend"),
    Repo("assafelovic/gpt-researcher", "5d84d2f5553e70a2765a8ff3a0d2672d60437ce8",
         "FastAPI backend + Next.js TS frontend"),
    Repo("grammyjs/grammY", "99c780f41679598986f1ff178f6265efa95a3121",
         "Deno-style TS library (explicit .ts imports, deno.json)"),
    Repo("unovue/shadcn-vue", "d143272fb8b5fd68c2a565605ee6ce95e4517545",
         "Vue SFC TS pnpm monorepo"),
    Repo("ngxs/store", "b5da8ad47980b598d34a78bbc4996f4abfc3d04b",
         "Angular TS library (secondary entry points, tsconfig paths)"),
    Repo("hey-api/openapi-ts", "03f9c540272e822bc2afa971d050397929460c98",
         "TS pnpm monorepo (exports maps)"),
    # eighteenth batch (session 38)
    Repo("python-attrs/cattrs", "82b02c07ca535a1ba656b935767d819eac9d383b",
         "Python library (src layout, strategies subpackages)"),
    Repo("jd/tenacity", "c650fb45204635f07910948d5fc59a8c551ffdda",
         "Python library (heavy __init__ re-exports)"),
    Repo("tiangolo/sqlmodel", "abbc92bc202453f572d100e2723fee18851c6bff",
         "Python library (re-export layer over SQLAlchemy)"),
    Repo("sindresorhus/ky", "3419113b48e034fdcf8fa6bd3be3da7b3d0d758f",
         "TS ESM library"),
    Repo("unjs/ofetch", "dfbe3ca4ef8a22fc023fca5a5ef530e525f5e523",
         "TS library (exports map, node/browser entries)"),
    Repo("unjs/unstorage", "afbb66ec266e0cec613cb087b49f75bf4deaaa41",
         "TS library (drivers, subpath exports)"),
    Repo("Buuntu/fastapi-react", "af17f2d422d0ebc5f173e83f2c6931045ab055b0",
         "FastAPI backend + React TS frontend (cookiecutter)"),
    Repo("jonra1993/fastapi-alembic-sqlmodel-async", "5101817accd747f206ca74b2c92f061ea69a5815",
         "FastAPI + SQLModel backend + frontend"),
    # nineteenth batch (session 39)
    Repo("huggingface/trl", "f2cd57710ae345ea6428ae95363267fcf38a3dc8",
         "Python library (lazy module __getattr__, TYPE_CHECKING imports)"),
    Repo("scverse/scanpy", "fabadb9412c0d1cd9df9d9c2e95ac266d564ee18",
         "Python library (src layout, module __getattr__)"),
    Repo("typeddjango/django-stubs", "8b6e6d0b145a0de9dc4a9ebc9c732f828abd2d80",
         "Python stubs package (.pyi) + mypy plugin"),
    Repo("tubearchivist/tubearchivist", "7dcb43f4367a7a2b8e44b01f352d88f664962c97",
         "Django backend + React TS frontend"),
    Repo("All-Hands-AI/OpenHands", "156d0686c46aafb0fa9d291da6421fb6f64dddc0",
         "FastAPI backend + React TS frontend (2,000 files)"),
    Repo("sahat/hackathon-starter", "dbcac7a7b159bf6b8e93eb071a6f066c0b0ab6c8",
         "Express app (JS)"),
    Repo("Openpanel-dev/openpanel", "ed7bdddbadbe556719ac4b08963905a2de717ddd",
         "Fastify + Prisma API + Next.js, pnpm monorepo"),
    Repo("honojs/middleware", "9b11671414660896108ba29eae1b4019872199fb",
         "Hono middleware TS monorepo (yarn workspaces)"),
    Repo("t3-oss/create-t3-turbo", "e69b5858fc4259fbd44af96eaf774a90dee0adcd",
         "TS pnpm monorepo (turbo, tsconfig paths, workspace packages)"),
    Repo("midday-ai/midday", "47d252aab7e3ab28a0027376cfdd6ee83d2e5ccf",
         "Hono API + Next.js, bun workspaces monorepo (2,000 files)"),
    # twentieth batch (session 40)
    Repo("Qiskit/qiskit", "301a22ce0360e40a608129204882357585baa61a",
         "large Python library (heavy __init__ re-exports, Rust extension stubs)"),
    Repo("amplication/amplication", "d533515daf0845d82cd7edbe0e5c5f927cf2388a",
         "NestJS + Prisma, Nx TS monorepo (3,000 files)"),
    Repo("ccbikai/Sink", "64dedd46630ad0eab3b46b062ea39191215e570e",
         "Nuxt app (Cloudflare, server API)"),
    Repo("modelcontextprotocol/python-sdk", "57394b0548d1e2dc2dce8d67d84985769df3b8bb",
         "Python package (src layout, hatch/uv)"),
    Repo("pydantic/logfire", "e484a6b53a0df3062d304ce258573e387cf3140a",
         "Python package (.pyi stubs package beside, TYPE_CHECKING imports)"),
    Repo("fedify-dev/fedify", "ac08358ff468dafd577087d7fb7d14d12c60bd31",
         "Deno TS monorepo (deno workspace + pnpm, JSR)"),
    Repo("bram2w/baserow", "01c464ff0257f37bd7685c1563a8b8a0ab522897",
         "Django DRF backend + Nuxt frontend (4,000 files)"),
    Repo("evidence-dev/evidence", "03f5d7a97e2240314c63cf083337b73f371d9944",
         "SvelteKit TS pnpm monorepo"),
    Repo("google/adk-python", "7c670f638bc17374ceb08740bdd057e55c9c2e12",
         "Python package (src layout, flit, lazy imports)"),
    # twenty-first batch (session 41)
    Repo("getsentry/sentry-javascript", "f7a6cc0c221c324026287a7218ed07e929eb69d4",
         "large TS monorepo (yarn workspaces, Nx, barrels; 8,000 files)"),
    Repo("cloudflare/agents", "a0e134bbc327fc8a519b5aa66cb8ce4038815d05",
         "Cloudflare Workers TS monorepo (hono-agents, npm workspaces)"),
    Repo("GrahamDumpleton/wrapt", "2061a7011c27e5cd60d3105e3e61d26c5db740b2",
         "Python package (src layout, wrapt-stubs .pyi package beside)"),
    Repo("more-itertools/more-itertools", "2fe1b2eeb9d75f994113fe3ac76d14b6bcd6fb10",
         "Python package (.pyi stubs beside sources, star re-exports)"),
    Repo("ever-co/ever-traduora", "9b04d479b2a20f6007a3e539803a4f4c9144f11c",
         "NestJS API + Angular frontend"),
    Repo("litestar-org/litestar-fullstack", "8b637ce4232a407142ae94ec95d7eb268f8fd765",
         "Litestar backend + React TS frontend"),
    Repo("epicweb-dev/epic-stack", "f64d690722d8260a055bb63b042de877ab3f6a18",
         "React Router 7 app + Prisma (Express server)"),
    Repo("huge-dream/django-vue3-admin", "2800d1ee14e571b85ba953b423f90498b8a1e937",
         "Django DRF backend + Vue 3 TS frontend"),
    Repo("AmruthPillai/Reactive-Resume", "91c8624d8043fdb78424d4a1641b2fc3efdbd016",
         "NestJS + Prisma API + React, Nx pnpm monorepo"),
    # twenty-second batch (session 42)
    Repo("infiniflow/ragflow", "b1b8cd623520b97b2526ffb1514bd812bdcc7eaf",
         "large Python (Flask/Quart API) + React TS web (umi); 5,700 files"),
    Repo("microsoft/agent-framework", "5eb3eb745e16324ac7bffb1dbe006d8f13c8d993",
         "Python packages (lazy __getattr__ namespaces, many src packages) + .NET + TS devui"),
    Repo("pipecat-ai/pipecat", "acead0507d7de44e216d24533964106ca1d1d044",
         "Python package (src layout, many subpackages, optional extras)"),
    Repo("openai/openai-agents-js", "6d0c61a5f62a5ed8142996a25b33446c810f84b3",
         "pnpm TS monorepo (exports maps, .js extensions in TS imports)"),
    Repo("langchain-ai/langgraphjs", "f8bdf16d4fe23a79e945ea5dc6f86bbf09abb77d",
         "pnpm TS monorepo (exports maps, NodeNext .js imports, examples)"),
    Repo("Mail-0/Zero", "0f0b8e1fce8337eac4eaf8dd2cd556678bfce939",
         "Next.js app + Hono/tRPC server (bun workspaces)"),
    Repo("nuxt/nuxt.com", "a38a8bdcea23417ca2dff30c8d49a7e69a1476e2",
         "Nuxt 3/4 app with server routes (pnpm)"),
    Repo("vitalik/django-ninja", "d524516f9ec4ec3aa6ca73db87d3238663c10f7f",
         "Python package (Django Ninja)"),
    Repo("imputnet/cobalt", "a636575b09de1fc55d9b8cd98cac88f5f2f16b42",
         "SvelteKit web + Express API (pnpm workspaces)"),
    Repo("timothymiller/t4-app", "f70100727ae7d2e9d99bc0f2d522a8246dcbc3dd",
         "Expo + Next.js + tRPC/Hono API monorepo (bun workspaces)"),
    # twenty-third batch (session 43)
    Repo("kobotoolbox/kpi", "2e5efb0172e64fc8c8de222039f2aa02c6d6be8e",
         "large Django DRF API + React TS frontend (orval client); 4,900 files"),
    Repo("DSpace/dspace-angular", "a52ba244fa454cf20b65ab23a274d98080d9f1ee",
         "large Angular app (HttpClient services) + Express SSR server"),
    Repo("blakeblackshear/frigate", "e3fa70189324e5eb3b1dba756c153f6696f457de",
         "FastAPI backend + React TS web"),
    Repo("kentcdodds/kentcdodds.com", "bf8867c534b929cb45ac67796d9c94e6ed732997",
         "React Router 7 app (loaders, actions) + Prisma, Nx services"),
    Repo("baptisteArno/typebot.io", "830ba7139bc1e4146ee078c8241bd0b7b25cc218",
         "bun/Nx TS monorepo, internal packages exported as .ts source"),
    Repo("dlt-hub/dlt", "58d66fceef2bf6e04a2d1b3cb52dd8134dfb65bc",
         "Python package (pluggy plugins, lazy and heavy __init__ re-exports)"),
    Repo("simonw/llm", "f3f4f29c6e5e623c3776cbf6455dda2345638214",
         "Python package with a pluggy plugin system (entry points)"),
    Repo("papra-hq/papra", "2b110a4ce175cddfd18f3f4c44c16068037542c8",
         "Hono API + SolidJS client, pnpm monorepo"),
    Repo("rafalp/Misago", "c7ffe0b6d3739efc534d0e6d60a6b9ee959ae789",
         "Django app with plugins + React JS frontend"),
    Repo("bknd-io/bknd", "feb3911d46be67834538da6380233b9163c5a3bc",
         "Hono-based backend framework + React admin, TS monorepo"),
    # twenty-fourth batch of unseen repositories (session 44)
    Repo("ever-co/ever-gauzy", "39a5c3adfe123197e2b89086b756f086b77cfda3",
         "large Nx monorepo: Angular apps (HttpClient services) + NestJS API"),
    Repo("Syslifters/sysreptor", "ffbbea039a20abc22eb5e669ae8eca19b89ba68b",
         "Django REST Framework API + Nuxt/Vue TS frontend"),
    Repo("zoriya/Kyoo", "6cc7ebfa434324bbde6d5e94925ffebb56c8e5c7",
         "Elysia API (bun) + React Native/Expo front, Python scanner"),
    Repo("seanmorley15/AdventureLog", "5673ef5bb5aaa96081bc250ef1d16da8b45977e3",
         "SvelteKit frontend (+page.server.ts loaders) calling a Django REST API"),
    Repo("pulp/pulpcore", "107800ebf38a18623f0c5e580445db92a5e3dc31",
         "Django REST platform with a plugin system (entry points)"),
    Repo("learningequality/kolibri", "9966f00def5fb3df0b3670bc85c007d85f6a8ab0",
         "large Django REST Framework API + Vue JS frontend, plugin system"),
    Repo("bluelearn-org/bluelearn", "74875a4219733c2cf3544725ef89f2cd733ea52a",
         "Hono API with a typed hc<AppType> client, pnpm workspaces"),
    Repo("pygments/pygments", "6a62df1d1fc77af7e9fc61325ef376297cadffbb",
         "Python package, lazily loaded lexers, entry-point plugins"),
    Repo("kiwitcms/Kiwi", "dfcf75920db11b4cb67bb66b37b378afda5cef32",
         "Django app with entry-point plugins + JS frontend"),
    Repo("fsspec/filesystem_spec", "669de5e157cd3ce3f9bf71c7bceb7bb31c8c7a55",
         "Python package, implementations registered by entry points, lazy imports"),
    # twenty-fifth batch of unseen repositories (session 45)
    Repo("Shelf-nu/shelf.nu", "0c85873e406ec5e5aed26cc340a5363848f99e72",
         "React Router v7 (Remix) app with loaders/actions, Prisma"),
    Repo("indico/indico", "b8f1fde8b81b199341cc84a75909cb0ed362d44e",
         "large Flask app + React JS frontend, plugin system"),
    Repo("ShaulLavo/ellie", "f68fbca0b0e9b1d855e7063759c39a4dcfb85fde",
         "Elysia API with an Eden treaty client, bun workspaces"),
    Repo("HugoRCD/shelve", "4af0de20df5a848f8df9fdd9cf219895690f77c6",
         "Nuxt app with server routes + CLI, pnpm monorepo"),
    Repo("AstrBotDevs/AstrBot", "19d00fb1f0d822690a467e8dca498adebbb2d67b",
         "Python chat bot with many internal modules + Vue dashboard"),
    Repo("commitizen-tools/commitizen", "b66582e9462d1d6f7e72560fa49a1b2511ae30a2",
         "Python CLI app with plugins (entry points)"),
    Repo("plone/plone.restapi", "ee96ad917b4c61cf292df1719b81f85f1fd1cc64",
         "Python package in the native namespace package plone"),
    Repo("kubeflow/notebooks", "177b098656264a36af71ea27d098c2ad14999eec",
         "Angular frontends beside Flask backends (notebooks-v1 branch), Go controllers"),
    Repo("kubeflow/pipelines", "7b70c7b95f6832772efd6fd0029a4024491a0f44",
         "Python SDK + React TS frontend + Go backend"),
    # Twenty-sixth batch (session 46): Django/FastAPI + Vue/React/Next.js apps, a bun + Hono
    # app, a lazy `__getattr__` package with a Vue frontend, a stubs-only package, a TS SDK
    # with an `exports` map
    Repo("1Panel-dev/MaxKB", "121614fb81c0a72387974f3ebcb86cbf756a84af",
         "Django app + Vue 3 TS frontend (v2 branch)"),
    Repo("mediacms-io/mediacms", "90b9fad55bc7e93827956b53822a4b520bf999b9",
         "Django app + React frontend"),
    Repo("bytedance/deer-flow", "f1f4af99bbf1cffb83a80744bf6e4a44ee8f24be",
         "FastAPI/LangGraph backend + Next.js frontend"),
    Repo("Agenta-AI/agenta", "753af3838ef61cfc3f06c05951b3599fefbc75ef",
         "FastAPI backend + Next.js frontend + Python/TS SDKs, large monorepo"),
    Repo("coleam00/Archon", "3d9af974b97e0e8cd0801e20db91f412bf64077e",
         "bun workspaces TS app (server, CLI, web), dev branch"),
    Repo("widgetti/solara", "a3309a244b28eb857033bc2b84643ee01b65c04f",
         "Python library with lazy module __getattr__ + Vue frontend"),
    Repo("scipy/scipy-stubs", "e13cf35a3ab681e6b40147144e68445d70a8b452",
         "stubs-only Python package (.pyi)"),
    Repo("openai/openai-node", "7b7d6ca71130d37ec09792c50056b47861f2eccf",
         "TS SDK with an exports map and deep re-export barrels"),
)


# --------------------------------------------------------------------------- repositories


def clone(repo: Repo, mirrors: Path, clones: Path) -> Path:
    """A scratch clone sharing the mirror's objects (the mirror is never written)."""
    mirror = mirrors / repo.slug / "repo"
    if not mirror.is_dir():
        raise SetupError(f"{repo.name}: no mirror at {mirror} (fetch github:{repo.name})")
    path = clones / repo.slug
    if not (path / ".git").is_dir():
        shutil.rmtree(path, ignore_errors=True)
        path.parent.mkdir(parents=True, exist_ok=True)
        run(["git", "clone", "--quiet", "--no-checkout", "--shared", str(mirror), str(path)])
    try:
        run(["git", "-C", str(path), "cat-file", "-e", f"{repo.head}^{{commit}}"])
    except SetupError:
        raise SetupError(f"{repo.name}: the mirror {mirror} has no commit {repo.head}") from None
    return path


@dataclass(frozen=True)
class Commit:
    sha: str
    parent: str
    subject: str


def first_parent_commits(path: Path, head: str, count: int) -> list[Commit]:
    """The last `count` first-parent commits ending at `head` that have a parent, oldest first."""
    out = run(["git", "-C", str(path), "log", "--first-parent", f"-n{count}",
               "--format=%H %P%x00%s", head])
    commits = []
    for line in out.splitlines():
        shas, _, subject = line.partition("\0")
        sha, *parents = shas.split()
        if parents:
            commits.append(Commit(sha, parents[0], subject))
    return commits[::-1]


# --------------------------------------------------------------------------- running impact


def impact_command() -> list[str]:
    """The `impact` console script of this interpreter's environment (the project .venv)."""
    script = Path(sys.executable).parent / "impact"
    return [str(script)] if script.exists() else [sys.executable, "-m", "impact"]


def diff_command(path: Path, cache: Path, sha: str, options: tuple[str, ...] = ()) -> list[str]:
    return [*impact_command(), "--repo", str(path), "--cache-dir", str(cache),
            "diff", f"{sha}^1", sha, "--format", "json", *options]


@dataclass
class Outcome:
    exit_status: int | None  # None: timed out
    stdout: str
    stderr: str
    seconds: float


def run_once(cmd: list[str], timeout: float, env: dict) -> Outcome:
    """Run in its own process group, so a timeout also ends impact's worker processes."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env, start_new_session=True)
    try:
        stdout, stderr = proc.communicate(timeout=timeout)
        status: int | None = proc.returncode
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        stdout, stderr = proc.communicate()
        status = None
    return Outcome(status, stdout, stderr, time.perf_counter() - start)


def classify(outcome: Outcome) -> str:
    if outcome.exit_status is None:
        return "timeout"
    internal = "internal error" in outcome.stderr or "Traceback" in outcome.stderr
    if outcome.exit_status not in (0, 1, 2) or internal:
        return "crash"
    if outcome.exit_status == 2:
        return "error"
    return "findings" if outcome.exit_status == 1 else "clean"


def finding_record(finding: dict) -> dict:
    keep = ("code", "severity", "file", "line", "column", "symbol", "message", "origin")
    return {k: finding.get(k) for k in keep}


def check_commit(repo: Repo, path: Path, cache: Path, commit: Commit, timeout: float,
                 options: tuple[str, ...] = ()) -> dict:
    """One `impact diff` run (`options` added to its command line) as a results record."""
    cmd = diff_command(path, cache, commit.sha, options)
    outcome = run_once(cmd, timeout, impact_env())
    status = classify(outcome)
    record = {"repo": repo.name, "sha": commit.sha, "parent": commit.parent,
              "subject": commit.subject[:200], "exit": outcome.exit_status, "outcome": status,
              "seconds": round(outcome.seconds, 3), "files_scanned": None, "findings": []}
    if status in ("clean", "findings"):
        try:
            report = json.loads(outcome.stdout)
            record["findings"] = [finding_record(f) for f in report["findings"]]
            record["files_scanned"] = report["summary"]["files_scanned"]
        except (ValueError, KeyError, TypeError):
            record["outcome"] = "crash"
            record["stderr"] = "no JSON report on stdout: " + outcome.stdout[:500]
    if status in ("error", "crash", "timeout"):
        record["stderr"] = outcome.stderr[-4000:]
    if status == "crash":
        again = run_once(cmd, timeout, {**impact_env(), "IMPACT_DEBUG": "1"})
        record["traceback"] = again.stderr[-8000:]
    return record


def load_results(path: Path) -> list[dict]:
    """The JSON lines of a results file (gzip-compressed when its name ends in .gz)."""
    if not path.exists():
        return []
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def run_check(repos: list[Repo], args: argparse.Namespace, results: Path) -> None:
    cache, clones = args.work / "cache", args.work / "clones"
    done = {(r["repo"], r["sha"]) for r in load_results(results)}
    deadline = time.monotonic() + args.budget * 60 if args.budget else None
    for repo in repos:
        path = clone(repo, args.mirrors, clones)
        commits = first_parent_commits(path, repo.head, args.commits)
        todo = [c for c in commits if (repo.name, c.sha) not in done]
        print(f"{repo.name}: {len(commits)} commits, {len(todo)} to run", flush=True)
        for i, commit in enumerate(todo, 1):
            if deadline and time.monotonic() > deadline:
                print(f"budget of {args.budget} min used up: stopping", flush=True)
                return
            record = check_commit(repo, path, cache, commit, args.timeout)
            with results.open("a", encoding="utf-8") as out:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
            errors = sum(1 for f in record["findings"] if f["severity"] == "error")
            print(f"  [{i}/{len(todo)}] {commit.sha[:10]} {record['outcome']:<8} "
                  f"{record['seconds']:6.1f} s  {len(record['findings'])} findings"
                  f" ({errors} errors)", flush=True)


# --------------------------------------------------------------------------- triage


def finding_id(record: dict, finding: dict) -> str:
    """Stable identity of a finding: independent of line numbers and message wording."""
    what = finding.get("symbol") or finding.get("message", "")
    return f"{record['repo']} {record['sha'][:12]} {finding['code']} {finding['file']} {what}"


@dataclass(frozen=True)
class Triage:
    classes: dict[str, str]  # cause -> what the class is
    verdicts: dict[str, dict]  # finding id -> {verdict, cause, note}


def load_triage(path: Path) -> Triage:
    if not path.exists():
        return Triage({}, {})
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    verdicts = data.get("findings") or {}
    for key, entry in verdicts.items():
        if not isinstance(entry, dict) or not isinstance(entry.get("verdict"), bool):
            raise SetupError(f"{path.name}: `{key}` needs `verdict: true` or `verdict: false`")
        if entry["verdict"] is False and not entry.get("cause"):
            raise SetupError(f"{path.name}: `{key}` is false but has no `cause`")
    return Triage(data.get("classes") or {}, verdicts)


# --------------------------------------------------------------------------- summary


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def counts(counter: Counter) -> str:
    return ", ".join(f"{k} {v}" for k, v in sorted(counter.items())) or "-"


def markdown_table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    return "\n".join(lines + ["| " + " | ".join(r) + " |" for r in rows])


@dataclass
class ErrorFinding:
    id: str
    record: dict
    finding: dict
    verdict: bool | None
    cause: str


def error_findings(records: list[dict], triage: Triage) -> list[ErrorFinding]:
    found = []
    for record in records:
        for finding in record["findings"]:
            if finding["severity"] != "error":
                continue
            key = finding_id(record, finding)
            entry = triage.verdicts.get(key, {})
            found.append(ErrorFinding(key, record, finding, entry.get("verdict"),
                                      entry.get("cause", "")))
    return found


def repo_rows(repos: list[Repo], records: list[dict], errors: list[ErrorFinding]
              ) -> list[list[str]]:
    verdicts = defaultdict(Counter)
    for e in errors:
        verdicts[e.record["repo"]][e.verdict] += 1
    by_repo = defaultdict(list)
    for record in records:
        by_repo[record["repo"]].append(record)
    rows = []
    for repo in repos:
        runs = by_repo.get(repo.name, [])
        if not runs:
            continue
        seconds = [r["seconds"] for r in runs]
        crashes = sum(1 for r in runs if r["outcome"] in ("crash", "timeout"))
        findings = [f for r in runs for f in r["findings"]]
        scanned = [r["files_scanned"] for r in runs if r["files_scanned"] is not None]
        rows.append([
            repo.name, repo.kind, f"`{repo.head[:12]}`", str(len(runs)),
            str(max(scanned)) if scanned else "-", str(crashes),
            f"{statistics.median(seconds):.1f}", f"{percentile(seconds, 0.9):.1f}",
            f"{max(seconds):.1f}",
            counts(Counter(f["code"] for f in findings if f["severity"] == "error")),
            f"{verdicts[repo.name][True]} / {verdicts[repo.name][False]}"
            + (f" / {verdicts[repo.name][None]} untriaged" if verdicts[repo.name][None] else ""),
            counts(Counter(f["code"] for f in findings if f["severity"] != "error")),
        ])
    return rows


REPO_HEADER = ["repository", "kind", "head", "commits", "files scanned (max)", "crashes",
               "median s", "p90 s", "max s", "errors by code", "true / false errors",
               "warnings by code"]


def describe_finding(e: ErrorFinding) -> str:
    f = e.finding
    return (f"`{e.id}` line {f['line']}: {f['message']} (commit: {e.record['subject'][:80]})")


def summary(repos: list[Repo], records: list[dict], triage: Triage, meta: dict) -> str:
    commits = len(records)
    errors = error_findings(records, triage)
    false = [e for e in errors if e.verdict is False]
    true = [e for e in errors if e.verdict is True]
    untriaged = [e for e in errors if e.verdict is None]
    warnings = [f for r in records for f in r["findings"] if f["severity"] != "error"]
    crashes = [r for r in records if r["outcome"] in ("crash", "timeout")]
    bad_input = [r for r in records if r["outcome"] == "error"]
    seconds = [r["seconds"] for r in records] or [0.0]
    per_1000 = 1000 * len(false) / commits if commits else 0.0
    intro = (f"`benchmarks/ecosystem.py`: `impact diff C^1 C --format json` over the last"
             f" first-parent commits of {len({r['repo'] for r in records})} public repositories,"
             " each pinned at its head sha; error-level findings judged by hand in"
             " `benchmarks/ecosystem-triage.yaml`.")
    runs = (f"- commits run: {commits}; crashes (internal errors, tracebacks, timeouts):"
            f" {len(crashes)}; one-line errors (exit 2): {len(bad_input)}")
    times = (f"- time per commit: median {statistics.median(seconds):.1f} s, p90"
             f" {percentile(seconds, 0.9):.1f} s, max {max(seconds):.1f} s (warm cache but for"
             " each repository's first commit)")
    false_commits = len({(e.record["repo"], e.record["sha"]) for e in false})
    verdicts = (f"- error-level findings: {len(errors)} ({len(true)} true, {len(false)} false,"
                f" {len(untriaged)} untriaged); **false errors per 1,000 commits:"
                f" {per_1000:.1f}** ({false_commits} commits with a false error,"
                f" {1000 * false_commits / max(commits, 1):.1f} per 1,000)")
    parts = [
        HEADING, "", intro, "",
        f"- command: `{meta['command']}`",
        f"- date: {meta['date']}; machine: {meta['machine']}",
        f"- impact: {meta['impact']}",
        runs, times, verdicts,
        f"- warnings: {len(warnings)} ({counts(Counter(f['code'] for f in warnings))})", "",
        markdown_table(REPO_HEADER, repo_rows(repos, records, errors)), "",
    ]
    if false:
        by_cause = Counter(e.cause for e in false)
        parts += ["False error-level findings by cause:", ""]
        parts += [f"- {n} × {cause}" + (f": {triage.classes[cause]}" if cause in triage.classes
                                          else "") for cause, n in by_cause.most_common()]
        parts.append("")
    if true:
        parts += ["True error-level findings (real breaks):", ""]
        parts += [f"- {describe_finding(e)}" for e in true]
        parts.append("")
    if untriaged:
        parts += ["Untriaged error-level findings:", ""]
        parts += [f"- {describe_finding(e)}" for e in untriaged]
        parts.append("")
    if crashes or bad_input:
        parts += ["Crashes and one-line errors:", ""]
        for r in crashes + bad_input:
            last = (r.get("stderr") or "").strip().splitlines()[-1:] or ["(no stderr)"]
            parts.append(f"- {r['repo']} `{r['sha'][:12]}` {r['outcome']} (exit {r['exit']},"
                         f" {r['seconds']:.0f} s): {last[0][:300]}")
        parts.append("")
    slowest = sorted(records, key=lambda r: r["seconds"], reverse=True)[:10]
    parts += ["Slowest commits:", ""]
    parts += [f"- {r['seconds']:.1f} s {r['repo']} `{r['sha'][:12]}` ({r['files_scanned']} files"
              f" scanned): {r['subject'][:80]}" for r in slowest]
    return "\n".join(parts) + "\n"


def write_results(section: str, heading: str = HEADING, path: Path = RESULTS) -> None:
    """Replace the section under `heading` of RESULTS.md (the others, a hand-written
    "... : notes" section after it included, are left as they are)."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n"
    pattern = re.compile(rf"^{re.escape(heading)}\n.*?(?=^## |\Z)", re.MULTILINE | re.DOTALL)
    text = (pattern.sub(lambda _: section + "\n", text) if pattern.search(text)
            else text.rstrip("\n") + "\n\n" + section)
    path.write_text(text, encoding="utf-8")


def run_meta(command: str) -> dict[str, str]:
    """What a summary says of its run: the command, impact's version, the date, the machine."""
    return {"command": command, "impact": impact_version(),
            "date": datetime.now(timezone.utc).strftime("%Y-%m-%d"),
            "machine": f"nproc {nproc()}, {cpu_model()}, Python {platform.python_version()}"
                       f" ({platform.system()} {platform.machine()})"}


def impact_version() -> str:
    version = run([*impact_command(), "--version"]).strip()
    try:
        sha = run(["git", "-C", str(PROJECT_ROOT), "log", "-1", "--format=%h", "--", "impact",
                   "grammars"]).strip()
    except SetupError:  # run from an exported copy of the code (`git archive`): no history
        return f"{version} (code outside a git checkout)"
    return f"{version} (code at commit {sha})"


# --------------------------------------------------------------------------- main


def parse_options(description: str, repositories: list[Repo], commits: int, timeout: float,
                  work: Path, triage: Path) -> tuple[argparse.Namespace, list[Repo], Path]:
    """The options of a check over repositories' histories (this one, benchmarks/http_seam.py):
    the options, the repositories chosen, and the results file."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--repo", action="append", choices=[r.name for r in repositories],
                        metavar="OWNER/NAME", help="only this repository (repeatable)")
    parser.add_argument("--commits", type=int, default=commits,
                        help=f"first-parent commits per repository at most (default {commits})")
    parser.add_argument("--timeout", type=float, default=timeout,
                        help=f"seconds per commit before it counts as a crash (default {timeout:g})")
    parser.add_argument("--budget", type=float, default=0,
                        help="stop starting commits after this many minutes (default: none)")
    parser.add_argument("--work", type=Path, default=work,
                        help=f"clones, cache and results (default {work})")
    parser.add_argument("--mirrors", type=Path, default=DEFAULT_MIRRORS,
                        help=f"where <owner>+<name>/repo mirrors are (default {DEFAULT_MIRRORS})")
    parser.add_argument("--triage", type=Path, default=triage, help="the triage file")
    parser.add_argument("--results-file", type=Path,
                        help="the JSON lines to append to or, with --report, to read (.gz read"
                             " too; default <work>/results.jsonl)")
    parser.add_argument("--fresh", action="store_true", help="forget earlier results")
    parser.add_argument("--report", action="store_true", help="only summarise earlier results")
    parser.add_argument("--results", action="store_true",
                        help="also write the summary into benchmarks/RESULTS.md")
    args = parser.parse_args()
    if args.commits < 1:
        parser.error("--commits must be at least 1")
    chosen = [r for r in repositories if not args.repo or r.name in args.repo]
    args.work.mkdir(parents=True, exist_ok=True)
    results = args.results_file or args.work / "results.jsonl"
    if results.suffix == ".gz" and not args.report:
        parser.error("a .gz --results-file can only be read (--report)")
    return args, chosen, results


def main() -> int:
    args, repos, results = parse_options(__doc__.split("\n\n")[0], REPOS, 100, 120,
                                         DEFAULT_WORK, TRIAGE)
    command = " ".join(["python benchmarks/ecosystem.py", *sys.argv[1:]])
    try:
        triage = load_triage(args.triage)
        if args.fresh:
            results.unlink(missing_ok=True)
        if not args.report:
            check_impact_runs()
            run_check(repos, args, results)
        meta = run_meta(command)
    except SetupError as exc:
        print(f"setup failed: {exc}", file=sys.stderr)
        return 2
    wanted = {r.name for r in repos}
    records = [r for r in load_results(results) if r["repo"] in wanted]
    text = summary(repos, records, triage, meta)
    print("\n" + text)
    (args.work / "summary.md").write_text(text, encoding="utf-8")
    if args.results:
        write_results(text)
        print(f"wrote the {HEADING[3:]} section of {RESULTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
