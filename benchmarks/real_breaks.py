"""Real breaking commits from public histories: does `impact diff` find the breaks that
projects really committed, and only those?

What it does
------------
1. Candidates. In the mirror of each pinned repository (REPOS; the mirror and its scratch
   clone are handled as by benchmarks/ecosystem.py: `<mirrors>/<owner>+<name>/repo`, cloned
   with `--shared` into `<work>/clones/`, the mirror only read) it looks, newest first, for
   - FIX commits C whose message says they fixed a broken reference (FIX_MESSAGE: "fix the
     broken import", ImportError, "cannot find module", "is not exported", "missing export",
     "restore export", "re-export", "revert ... remove/rename", ...): the break is the
     REVERSE of the fix, `C -> C^` (base C, the fixed tree; head C^, the broken one);
   - REVERTS ("This reverts commit X"): the reverted commit X is the candidate break,
     `X^ -> X`.
   - (--scan N) INTERMEDIATE breaks, whatever their message: among the last SCAN_COMMITS
     commits, newest first, `X^ -> X` (e.g. a function renamed whose callers a later commit
     updates, a module moved whose re-export is fixed next).
   A candidate is kept when the break touches code files (Python, JavaScript, TypeScript),
   at most MAX_FILES of them and MAX_LINES changed lines, and takes something away that
   names depend on (a removed definition, export or `__all__` line, a deleted or renamed
   file, or an import line it adds or removes), and (since the second sample) when
   benchmarks/break_hints.py sees a reference it leaves dangling: a removed name still
   imported from its module, a deleted module still imported, an added import that does not
   resolve, a method removed from a class (an indented `def m(`, a TS/JS `m(...) {`) while
   head still calls `.m(` and defines no method of that name (since the eighteenth sample)
   nor sets `self.m =` in the class's file (since the nineteenth)
   (cheap `git grep` reading, no parser, independent of impact; the oracle decides).
   A fix whose subject is about call arguments is kept without a hint; a circular-import
   fix never. At most --per-repo candidates from messages and --scan from the scan.
2. The oracle, independent of impact: both trees (`git archive` into <work>/trees) are type
   checked — pyright for Python, `tsc --noEmit` for TypeScript/JavaScript when the tree has
   a tsconfig/jsconfig (its `baseUrl`/`paths` are kept) — with the pinned tools and settings
   of benchmarks/mutations/oracle.py (installed with npm into <work>/tools). The oracle
   sites are the diagnostics of that class (unresolved import of a local module, missing
   export or module attribute, undefined name, wrong call arity or keyword:
   oracle.RELEVANT_PYRIGHT / RELEVANT_TSC; for a candidate of a removed method also an
   attribute a class no longer has, oracle.MEMBER_ACCESS) that the broken tree has and the
   fixed one has not, compared by file (through a rename; in a renamed file without the
   modules its messages quote), code and message. A small tree is checked
   whole; a large one in the files the break changed plus the files whose text names one of
   the changed modules, with its package first (at most MAX_CHECKED). No package is
   installed, so the checker's own artefacts of that are left out: an unresolved import
   counts only when it points into the repository (a relative one that climbs above the
   repository's root does not); "`x` is unknown import symbol" does not
   count when the target module binds `x` by an import (of a package pyright cannot see); an
   unresolved import below a module
   that registers modules at run time (`sys.modules[...] = `, `sys.meta_path.append`: six's
   `moves`) does not count, nor one of a path the tree's .gitignore files keep out of version
   control (`../../dist/source/index.js`, a versioner's `_version.py`, the `.ts` source of a
   generated `../graphiql-html.js`: a build writes it),
   nor tsc's "Cannot find name 'expect'" of a test runner's global (`vi`, `describe`), nor
   "Cannot find namespace 'React'" or "Cannot find name 'global'" of @types/react or @types/node,
   nor tsc's "Expected 0 arguments, but got 1." in a JavaScript file (the extra argument runs);
   sites in a file that does not compile
   follow from the syntax error; an import of an asset file that exists (`./App.vue`,
   `./logo.webp?url`: tsc has no declaration for them) is no site; a local module is a
   top-level name below a source root. The trees keep their symbolic links. The
   workspace's own packages resolve to their sources for tsc. Where no checker can run (plain JavaScript without a tsconfig, a checker timing
   out) the candidate is marked `oracle: none` and judged by hand from the diff.
3. impact: `impact --repo <clone> --cache-dir <work>/cache diff <base> <head> --format json`.
   Its sites are the head locations of its findings (and the consumers of IMP201).
4. One JSON line per candidate in <work>/results.jsonl: repository, kind, base, head,
   subject, oracle sites, impact findings, which oracle sites impact matched (same file,
   line within one) and a verdict: `caught` (every oracle site matched), `partly`, `missed`,
   `no-break` (the oracle sees nothing new and impact reports no error), `impact-only`
   (impact reports errors the oracle does not see). Candidates already in the file are not
   run again (--fresh starts over).
5. The summary (<work>/summary.md): the table of candidates, recall against the oracle
   (sites matched at error level / at any level), and every error-level impact finding the
   oracle does not confirm with its hand verdict from benchmarks/real-breaks-triage.yaml
   (keyed as in the ecosystem triage: "<owner/name> <head sha:12> <code> <file> <symbol>").
   Oracle sites judged no break by hand (`oracle_sites:` in the same file, keyed
   "<owner/name> <head sha:12> <file>:<line> <code>", `verdict: false` with a `cause`: a
   checker's artefact the filters above miss) are left out of recall and listed.

How to run
----------
    nice -n 10 .venv/bin/python benchmarks/real_breaks.py                  # everything
    .venv/bin/python benchmarks/real_breaks.py --repo saleor/saleor --per-repo 2
    .venv/bin/python benchmarks/real_breaks.py --list                     # the candidates only
    .venv/bin/python benchmarks/real_breaks.py --order strong --per-repo 2 --repo pallets/flask
    .venv/bin/python benchmarks/real_breaks.py --per-repo 1 --scan 1 --repo pallets/werkzeug
    .venv/bin/python benchmarks/real_breaks.py --refresh-impact --repo ...  # impact again, oracle kept
    .venv/bin/python benchmarks/real_breaks.py --report \
        --results-file benchmarks/real-breaks-results.jsonl.gz   # the committed run, summarised

Needs git, node and npm (network to npm on the first run) and the mirrors. Exit status: 0
when the summary was produced, 2 when something could not be set up.
"""

from __future__ import annotations

import argparse
import ast
import glob
import json
import os
import posixpath
import re
import shutil
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import break_hints
import ecosystem
from corpora import SetupError, check_impact_runs, impact_env, run
from ecosystem import Repo, finding_id, load_results, load_triage, markdown_table

from benchmarks.corpora import SetupError as OracleSetupError
from benchmarks.mutations import oracle

TRIAGE = Path(__file__).resolve().parent / "real-breaks-triage.yaml"
DEFAULT_WORK = Path("/tmp/impact-breaks")
HEADING = "## Real breaking commits from public histories"

REPOS = (
    # Python applications and libraries
    Repo("saleor/saleor", "723cd4eba87dfc72822ade45dc08a3caa548428d", "Django GraphQL app"),
    Repo("netbox-community/netbox", "43fe81f9e833228c9869f7ddadb67e6c5f145060",
         "Django + TS app"),
    Repo("wagtail/wagtail", "c2ae43b9265d085c95142cd1a1f8563ad2eb4de9", "Django + TS/JS CMS"),
    Repo("pydantic/pydantic", "2151025aa51263f3016502b00010b78e4481eaa1", "Python library"),
    Repo("litestar-org/litestar", "8bd57248db3fd69aeda9c1ad6250aee2dbabf2b2", "Python library"),
    Repo("strawberry-graphql/strawberry", "53008d932ecb2b13d0fb8d8e55395b61e3fcd284",
         "Python library"),
    Repo("fastapi/fastapi", "c3f316b7e814667e8ee81e03a7330d00ee61e45c", "Python library"),
    Repo("mealie-recipes/mealie", "b5643a9399465d8b4ea339e7a6639df2d697741b",
         "FastAPI + Nuxt TS app"),
    Repo("Netflix/dispatch", "dd2837e82a0bf5565b1b4b4b91ea30b7262d4061", "FastAPI + Vue JS app"),
    Repo("getredash/redash", "ca79fe988d81cdac9675b412f3dfcab107bc1fbc",
         "Flask + React JS/TS app"),
    # TypeScript/JavaScript applications and libraries
    Repo("payloadcms/payload", "db7543c2121f0b672e33436447122b5e09ea4f2b",
         "TS/TSX monorepo (Next.js CMS)"),
    Repo("withastro/astro", "99d3d3dbbfa4fd7b128a056337f1a719437a7377", "TS monorepo"),
    Repo("TanStack/query", "40321a0b1b3bdd0afa11f0e439642ab84cdf6afe", "TS monorepo"),
    Repo("excalidraw/excalidraw", "4872083c044491b6d5c96ae134a75464f96d6831",
         "React TSX app monorepo"),
    Repo("makeplane/plane", "4ca6d6c7b807ad09bb571af2c43e85bf47c3ec6b",
         "Django + Next.js TSX app monorepo"),
    Repo("ghostfolio/ghostfolio", "c542997d27990365b607c7a6c9fe4bc8835a55c8",
         "NestJS + Angular TS app monorepo"),
    Repo("outline/outline", "d77dcdf853868c5d5fe125c895c9b71f0eff5c68", "Koa + React TSX app"),
    Repo("trpc/trpc", "340811ba5320637fbaf48fccf3dbfdd258bd34db", "TS monorepo"),
    # a second pass (--order strong), repositories with many strong fix subjects
    Repo("pallets/flask", "2ac89889f4cc330eabd50f295dcef02828522c69", "Python library"),
    Repo("mathesar-foundation/mathesar", "e214743031f1e5aa762b22ac53b321755223da57",
         "Django + Svelte TS app"),
    Repo("TandoorRecipes/recipes", "d206eddbd32bd3c40feff70ad780b0f91f325eaa",
         "Django + Vue TS app"),
    Repo("polarsource/polar", "c6c3645e639ee8eeaa05aa0835cf8e39e330382f",
         "FastAPI + Next.js TSX app monorepo"),
    Repo("dubinc/dub", "1de955f782a72e1eff7b201ae54a909d5ceb5722", "Next.js TSX app monorepo"),
    Repo("umami-software/umami", "c0ea3aefbee7a3429ee2f824b06dc4a9dbe0b7e1", "Next.js TSX app"),
    Repo("docmost/docmost", "549cf7c0053bb4f4c3c4e08d588b1f0c69297daf",
         "NestJS + React TSX app monorepo"),
    # the second sample (session 25): more libraries and full-stack apps
    Repo("encode/django-rest-framework", "751a19fe1b237beca9af7d587fce55d3e09d3741",
         "Python library (Django)"),
    Repo("encode/starlette", "cb8f84f5284dc301ca7a31eb732b9e140769dd48", "Python library"),
    Repo("encode/httpx", "ae1b9f66238f75ced3ced5e4485408435de10768", "Python library"),
    Repo("pallets/werkzeug", "1b00618e787f40dfb21eba29caf8f8be7c8e1d93", "Python library"),
    Repo("pallets/click", "2c8cd3ac958a7eb316d67f2d316c27086c4c0369", "Python library"),
    Repo("fastapi/typer", "9a7b2e83f6b62c750d6026b0de9ebf2026a8b8fa", "Python library"),
    Repo("celery/celery", "5dc781f0bd5f36186bfcc74e0a4f9f654452c69b", "Python library"),
    Repo("scrapy/scrapy", "11079cb1c85b9e75a39a7269943c69d1a975d485", "Python library"),
    Repo("Textualize/textual", "1d99508b928a771b51e1a527319c6b87dcff9e05", "Python library"),
    Repo("paperless-ngx/paperless-ngx", "b0e0e8a35373a5d9d588a507cb63c79e50a23403",
         "Django + Angular TS app"),
    Repo("healthchecks/healthchecks", "29b5ec251059034b79e0120e2ff0c3e35d7bd9f8",
         "Django + JS app"),
    Repo("wger-project/wger", "aaba20184527b018e10f1be576202aa7e7cb4c21", "Django + JS app"),
    Repo("reflex-dev/reflex", "d86f167bce73d4ec4ded9b4a77296955142ef019",
         "Python + JS framework"),
    Repo("Chainlit/chainlit", "488b74579ace74ad917556a1560e9db68e011219",
         "FastAPI + React TSX app framework"),
    Repo("honojs/hono", "28a9c128912de19f3fb28b00ae289c9b93f6f392", "TS library"),
    Repo("fastify/fastify", "83e69762aff047940b376fc2a266d143499ef727", "JS library"),
    Repo("reduxjs/redux-toolkit", "74200d87c27ca2b1c0915b2fbb4c44dd7494c2aa", "TS monorepo"),
    Repo("colinhacks/zod", "e516c3baf22615e20934116abebfed6c000222c2", "TS library"),
    Repo("documenso/documenso", "75330166cc00b29c14399bc2e391e4b4d8080c00",
         "Next.js TSX app monorepo"),
    Repo("formbricks/formbricks", "b66c1dd978af618a0e402bd3343b456bed68594c",
         "Next.js TSX app monorepo"),
    Repo("hoppscotch/hoppscotch", "afc2cf181c16e56647b099e5d18cfe55710c6cdd",
         "NestJS + Vue TS app monorepo"),
    Repo("linkwarden/linkwarden", "7550ebb8907e0cd22e8b3e0785bf3da03ab96e3a",
         "Next.js TSX app"),
    Repo("langfuse/langfuse", "62751446149b702b419a9292ddfc2280cdf74b8c",
         "Next.js TSX app monorepo"),
    Repo("NodeBB/NodeBB", "ab329b3b4c4d4cc9717b2938908649382cca2b39", "Node JS app"),
    Repo("vitejs/vite", "a98c8d95d552c6fa98ab66fb810f5b39ad5abf49", "TS monorepo"),
    # the third sample (session 30): libraries and full-stack apps never run before
    Repo("deepset-ai/haystack", "c7cb46c0f28ad1984f60e5d3e9404b124a221437", "Python library"),
    Repo("django-cms/django-cms", "22f01b69b9bf49756e9e39b0cfe687f807053866",
         "Django CMS + JS"),
    Repo("beetbox/beets", "07f39c5204997a356fd98b7e88ba9b185efb2e66", "Python app (plugins)"),
    Repo("python-telegram-bot/python-telegram-bot", "1183d401f8358d8103de9da116156c0f4bcdf602",
         "Python library"),
    Repo("bokeh/bokeh", "8fbd227bd4bfbec550c064def50a35fd8db7934f", "Python + TS library"),
    Repo("plotly/dash", "27c7f7f208014fb83abed41cbcfb6aa2b2d28f9f", "Flask + React framework"),
    Repo("kedro-org/kedro", "d58a0b140250ced1917f2c54888b594995594be0", "Python library"),
    Repo("marimo-team/marimo", "3955fdf90363be561e94fb0052dae4cee58a6a61",
         "Starlette + React TSX app"),
    Repo("qutebrowser/qutebrowser", "e688202adb6f99cf830e0917b62bdc899a61a973",
         "Python (PyQt) app"),
    Repo("jupyter/notebook", "1cabcced0af1f7d6e43f06cec6883576399d6ac1",
         "Tornado + TS monorepo"),
    Repo("mozilla/kitsune", "dcfa333911ed376a14c59eee83bde0345d03ea20", "Django + JS app"),
    Repo("ManimCommunity/manim", "0204c66ab6fed0375ce13023cdd8f4abfb1689cb", "Python library"),
    Repo("typeorm/typeorm", "281bfba42a5813b106bcf5ba79bc7f7251bd1e73", "TS library"),
    Repo("vendure-ecommerce/vendure", "1633446f4ee203e5e3fbca628bee952893bffa5b",
         "NestJS + Angular TS monorepo"),
    Repo("keystonejs/keystone", "da5ac701692577be7057a307ab5a364d7840bba6", "TS monorepo"),
    Repo("triggerdotdev/trigger.dev", "b082e44389337dc6505d590737a6df70867cc8f4",
         "Remix + Node TS app monorepo"),
    Repo("mermaid-js/mermaid", "df032c942c32f805a7f4cd1cf30a565e610bc4f1", "TS/JS monorepo"),
    Repo("apollographql/apollo-client", "54084bc22e92651cf153d03d0370b8dff3d1163f",
         "TS library"),
    Repo("unkeyed/unkey", "fc99b6b925b9f455886832261883f4086eb64d3d",
         "Next.js TSX app monorepo"),
    Repo("Automattic/mongoose", "3e212cec87dbf710216a3c6125121aefa60a4475", "JS library"),
    # the fourth sample (session 31): libraries and apps never run before
    Repo("optuna/optuna", "1d8ce7bb6f3c7274a7a31a0a007991995085baa7", "Python library"),
    Repo("aiogram/aiogram", "c1b0353ce3d3f8d70f90469038939a956e9e09f7", "Python library"),
    Repo("napari/napari", "f9747da7e815dda219ab85f21989f990702c5654", "Python (Qt) app"),
    Repo("spyder-ide/spyder", "d8e4e5bb9062ad2e6e9b8a646e8dc752a4de82d2",
         "Python (Qt) app (plugins)"),
    Repo("HypothesisWorks/hypothesis", "41004301f02bcb35b7953518ed16705c4cf0211c",
         "Python library"),
    Repo("iterative/dvc", "9f901e57a20889bd08f91479cd326c3b7f80d037", "Python app"),
    Repo("getsentry/sentry-python", "064542dd2cbdbe0b11f1cda7f47d7d2920b0c38b",
         "Python library (integrations)"),
    Repo("Rapptz/discord.py", "1add8a0b40577186431cdb5f63f97affadab285b", "Python library"),
    Repo("conan-io/conan", "814cbf12cc56cbc4a87405b5945a4f16968f9555", "Python app"),
    Repo("ckan/ckan", "2dbe2c18f65ec75798c3667dd412c2320ac44ab0", "Flask + JS app"),
    Repo("jupyterlab/jupyterlab", "6ef5a17ad831be80c3e63911b77fa9f8acfcbf50",
         "Python + TS monorepo"),
    Repo("marmelab/react-admin", "051f511bb0afb5ea565c2d3728bf4dab0a6fa5e0",
         "React TSX monorepo"),
    Repo("graphql/graphql-js", "a7db60beb22b0e417f9ed12215945c7fcb43246e", "TS library"),
    Repo("novuhq/novu", "74a2e9a6a295cd5a17aa9806914b4574fecce737",
         "NestJS + React TS app monorepo"),
    Repo("typescript-eslint/typescript-eslint", "56c9ed90d0aee0b5a71cfc39fc76b715b82e3ea8",
         "TS monorepo"),
    Repo("vuetifyjs/vuetify", "f61c453c9d2e11ba46aae46eb64acbfa08b08f4b", "Vue TS monorepo"),
    Repo("vercel/ai", "ed857f50f112e23930b0c2dd8d532cc8bebbc911", "TS monorepo"),
    Repo("facebook/lexical", "5d5102235132888d15789bf76cf214ede2a98d62",
         "TS/JS monorepo (Flow)"),
    Repo("ueberdosis/tiptap", "f434577e6bb2010b321653cb132a57bda18764fa", "TS monorepo"),
    Repo("nuxt/nuxt", "4e0099839c3ea0483e6dc639e4be6d9bdffc3e56", "Vue TS monorepo"),
    # the fifth sample (session 32): libraries and apps never run before
    Repo("pylint-dev/pylint", "3a99b2d728d0c8ff5267e0c38ebad4f5ba228dac", "Python app (linter)"),
    Repo("pylint-dev/astroid", "94b7090f1324e998a78372343e8452ab70b9280c", "Python library"),
    Repo("ipython/ipython", "7f0ee55684f08f5af18190aa58d4bb3018fb20d2", "Python app"),
    Repo("streamlink/streamlink", "5376d2e8851bd523e390a2141360afddccb5adba",
         "Python app (plugins)"),
    Repo("sqlalchemy/alembic", "20e58db01cad3432c24734e11b893303cdb687a4", "Python library"),
    Repo("buildbot/buildbot", "61f2f4118098dbbd22cf9212e2b470cea7c505ba",
         "Twisted + TS app monorepo"),
    Repo("element-hq/synapse", "a58ad44eb0ce3cc14153f921206f322e17339dc5", "Python (Twisted) app"),
    Repo("jupyter/nbconvert", "78ed30837a607deab7cf0a12dca072bf3f63417a", "Python library"),
    Repo("mobxjs/mobx", "01211a698b64ea94de8e5f276ff8235fcf8ddf96", "TS monorepo"),
    Repo("kysely-org/kysely", "478ec67b2de2568f5590a015d3e120644e81bd87", "TS library"),
    Repo("jestjs/jest", "52db46e50404c993d3f10dd1481e861cc04ae22e", "TS monorepo"),
    Repo("feathersjs/feathers", "09519fb1c454ea718747a09797bc6dfd3b6a79a3", "TS monorepo"),
    Repo("pnpm/pnpm", "36e5ae6ac8d03743442f083680fa3015e4a774b3", "TS monorepo (CLI app)"),
    Repo("rollup/rollup", "89bda2cd8e9def2ea037e7dbffaf392ce9f1ddcb", "TS library"),
    Repo("ionic-team/stencil", "30fc9f5985120e636eec8acbe2253145c97072d9", "TS compiler"),
    Repo("vuejs/router", "b19cce24aaf561b154b23cd475ca112bd61f2d10", "Vue TS monorepo"),
    # the sixth sample (session 33): libraries and apps never run before
    Repo("pdm-project/pdm", "a7e9d0015b4d5ca5d1b0c558582f9bf41b2fdf54", "Python app (CLI)"),
    Repo("piccolo-orm/piccolo", "3599b756a2e70e18e7758b5bb475d33f5192ca4e",
         "Python library (ORM, migrations)"),
    Repo("simonw/datasette", "481df7ff6d78a8ccf919984d27f27201b081bd53", "Python app (plugins)"),
    Repo("nautobot/nautobot", "47325c5944aae3c19a821f22ccf91b7c65af703f", "Django + JS app"),
    Repo("ibis-project/ibis", "02de318597c39a532e36193fc07352ef62768e1b",
         "Python library (data)"),
    Repo("Lightning-AI/pytorch-lightning", "7f0c3436cd3f6ad3753125672024fc415cbcb414",
         "Python library"),
    Repo("pypi/warehouse", "6b62157124ab7865029afeeadf282bce27d601d9", "Pyramid + JS app"),
    Repo("python-cmd2/cmd2", "9ab5858b2c96a14cd123964369ff52f2b059354e",
         "Python library (CLI framework)"),
    Repo("changesets/changesets", "5322174b2722b626161ca1b9c0889ede440b30b5", "TS monorepo"),
    Repo("ardatan/graphql-tools", "b6cf5e94b516182e716cbc3434ab7639e33ec9c4", "TS monorepo"),
    Repo("urql-graphql/urql", "d510a9a110a39ac2c25cbaf6639c2278ced2f6de", "TS monorepo"),
    Repo("sequelize/sequelize", "c7700944925914dd936e96ad2dabb4dbdf7e9477",
         "TS/JS monorepo (ORM)"),
    Repo("Effect-TS/effect", "1144032cedda7b5eacc1ebf980d06957c7a59ddf", "TS monorepo"),
    Repo("pixijs/pixijs", "8f42bb760872ed6652775d00a4de448ac277e783", "TS library"),
    Repo("react-navigation/react-navigation", "73f8c2982a8999f1e1dfb1cfbeae9d8dab0c1cc2",
         "React Native TSX monorepo"),
    Repo("hedgedoc/hedgedoc", "d706c2b2adc9c066125d08936b9f416ba911ef4e",
         "NestJS + Next.js TS app monorepo"),
    # the seventh sample (session 34): libraries and apps never run before
    Repo("certbot/certbot", "f769e35e77f1fa21a75cd5418641502dad8a37c5",
         "Python CLI app (packages)"),
    Repo("conda/conda", "0f64223fb8da4328457a69fe6483959dbb783152", "Python CLI app"),
    Repo("Kozea/WeasyPrint", "62c06ca73f02e7b1f5f1e3c73da2b08952afba66", "Python library"),
    Repo("tornadoweb/tornado", "e530031405e2154654dedc4c84d5656b557ea310", "Python library"),
    Repo("OctoPrint/OctoPrint", "744c835969d6a0adc512a668a5d5abec0415dda0",
         "Flask + JS app (plugins)"),
    Repo("PrefectHQ/prefect", "ce79dd3d6cfa2b7337265498210dbc4d25bcdc98",
         "FastAPI + Vue TS app"),
    Repo("evennia/evennia", "e174e49f5711a6cdc607d262a9464fd9c3673b7b", "Django game framework"),
    Repo("Kinto/kinto", "8050e50e5bdf55ce36fc590639b678cdd8f8f83a", "Pyramid app"),
    Repo("knex/knex", "e25d54bcb707714a17f5a5744eba5c4246bb4d1d", "JS library"),
    Repo("xyflow/xyflow", "f55ed9e28ac910f22b9e3d86781a8acb2bbf1209",
         "TS monorepo (React and Svelte)"),
    Repo("ianstormtaylor/slate", "2b7d9b0bd0118e7ce9b9adeac748de8a3bbe390c", "TS monorepo"),
    Repo("saleor/saleor-dashboard", "f5a84f3afb4f9b25cd0ff75434dfb5b70ea3c282",
         "React TSX app"),
    Repo("usebruno/bruno", "675965612ff11b23bc9b6c9541110a287bcb2967",
         "Electron + React JS monorepo"),
    Repo("vuejs/vitepress", "ed2bfb266ef788e86d1a73fe3cd7708a4cd5e260", "TS + Vue library"),
    Repo("solidjs/solid", "f47845f9cc16ecbb316aa6560c7161f45af9a3d8", "TS monorepo"),
    Repo("Kong/insomnia", "078bb9b99770f2d1715864373e3dca0e762e5224",
         "Electron + React TSX app monorepo"),
    # the eighth sample (session 35): libraries and apps never run before
    Repo("spesmilo/electrum", "923578010e56243ee85b3965604d6ad6974d8f33", "Python (Qt) app"),
    Repo("Pylons/pyramid", "5b13e4a61b479be17c1d97ab504154595813a8f8", "Python library (web)"),
    Repo("pallets/quart", "657bca721bbcc53047fc964c0593c5c0d19f45c8", "Python library (web)"),
    Repo("xonsh/xonsh", "375f703fa4867fa181d5afe3bc6424304e6cdd6e", "Python app (shell)"),
    Repo("getpelican/pelican", "c2149063585de9984cb1c1a9b9034061a431080b",
         "Python app (CLI, plugins)"),
    Repo("pypa/pipenv", "3f1b272abd51d7d7ab7f5935bb6b25da86e93e8b", "Python CLI app"),
    Repo("borgbackup/borg", "fc74d5f643d17d5341e303cd5ed4ddeb425660f0", "Python CLI app"),
    Repo("sabnzbd/sabnzbd", "5f933ddc2101b9526240e9aba9e178b3880b6415",
         "Python (CherryPy) + JS app"),
    Repo("apollographql/apollo-server", "4f154060bbe57d3bd612cb09ab63467f319d4ba5",
         "TS monorepo"),
    Repo("dotansimha/graphql-code-generator", "2f6f9bbf8d347799e93651274af86f98c43b4432",
         "TS monorepo (CLI, plugins)"),
    Repo("quasarframework/quasar", "70d04f5059312be732e50b2a65cc79716e9bcbac",
         "Vue JS/TS monorepo"),
    Repo("unocss/unocss", "a441ef4d8b14a20c0b3551383ae1b1e96940c0d2", "TS monorepo"),
    Repo("withastro/starlight", "3999be7cc18b41095d61e3b63d68ff3e6c6c050b",
         "Astro TS monorepo"),
    Repo("pmndrs/react-three-fiber", "7dfaeaaab270ebef2b176e8bcaa5819702c34794",
         "React TSX monorepo"),
    Repo("thelounge/thelounge", "2c511e667d10f4449b3b5c2a4da4336f17993816",
         "Node + Vue TS app"),
    Repo("nuxt/ui", "1e88512beff6f182c5ef27dd425970e5ce4bbb3f", "Vue TS library"),
    Repo("immerjs/immer", "061c2425e1c9dff89e4e4189d42af1b7839dfe0a", "TS library"),
    # the ninth sample (session 36): libraries and apps never run before
    Repo("freqtrade/freqtrade", "c9ae5e1e9ff25bb55dd61f5e5519f7c479291edb",
         "Python app (trading bot, FastAPI)"),
    Repo("esphome/esphome", "33fdbbe30c4d9643300483bf2dfd85d992e2cf86",
         "Python CLI app (code generator)"),
    Repo("home-assistant/supervisor", "090ef31ec024952c2469ed5a7c9f3ce8c1a5499e",
         "Python (aiohttp) app"),
    Repo("dpgaspar/Flask-AppBuilder", "fd929036f3832ea029a5af65e4b90c38afa45c9e",
         "Flask framework + JS"),
    Repo("pyload/pyload", "3776f8bd4814e74a0926cf18899276a415437fb6",
         "Python (Flask) app (plugins)"),
    Repo("beeware/toga", "15993cbcdcdad6d7644e60dfb203049f3496ce3d",
         "Python GUI library (backends)"),
    Repo("nicolargo/glances", "92156d069425fbe57326e3bdc268c5bfdf994f62",
         "Python app (FastAPI + Vue JS)"),
    Repo("mirumee/ariadne", "e33ed1bc000655e0e3dfa8389525a9d7ee07a3e5", "Python library"),
    Repo("elysiajs/elysia", "8358ff9efbcedf9534995f5977f26b9ceab59329", "TS library"),
    Repo("Milkdown/milkdown", "bb9b3867edc535c0aea31bdd15e7110808b26324", "TS monorepo"),
    Repo("lerna/lerna", "35d15a1567932be97759f512d8b8033dad72b411",
         "TS/JS monorepo (CLI app)"),
    Repo("umijs/umi", "a4a2b588e29a83b21450b37e5a455bbf8e256ad3", "TS monorepo (framework)"),
    Repo("pmndrs/drei", "c9d3d0dc9473f026c83965a7eb8c7f7a1a1bf0ae", "React TSX library"),
    Repo("blitz-js/blitz", "0ef8de04b3718e7b1d77dda372284fa70321224b",
         "Next.js TS monorepo (framework)"),
    Repo("jquense/yup", "ff31eee8a2b10c938bb3a22544d9e33957a8cf01", "TS library"),
    Repo("chakra-ui/chakra-ui", "5b7600870a5187b2ae15be2c976382e771e9d623",
         "React TSX monorepo"),
    # the tenth sample (session 37): libraries and apps never run before
    Repo("yt-dlp/yt-dlp", "81ecd58b1394793e6da9998cc19fdb45657f1685",
         "Python CLI app (extractors)"),
    Repo("LonamiWebs/Telethon", "85c4a9131727663a596b8daabcc71c86a9bb4380", "Python library"),
    Repo("getmoto/moto", "0af643a5dbfc98797f08ee64f5be3ef8002d56ff",
         "Python library (Flask server)"),
    Repo("crewAIInc/crewAI", "f4731f5025f861c78e3af0487cc80bf5e7c64782",
         "Python library (monorepo)"),
    Repo("hiyouga/LLaMA-Factory", "ff6d4d12eeb035d6ce06805a5733dd7b29f2ac30",
         "Python CLI app (Gradio)"),
    Repo("spotDL/spotify-downloader", "0b5158067982c8f840db9e7573991242a427c9ed",
         "Python CLI app (FastAPI)"),
    Repo("pyinstaller/pyinstaller", "b3b542a75455a37f02dae0c2faeaf3c6ff5c6989",
         "Python CLI tool"),
    Repo("invoke-ai/InvokeAI", "8e71a8a519399d6db32054ae9afc7c6c4e2355af",
         "FastAPI + React TS app"),
    Repo("QwikDev/qwik", "52555b4ca797f0a064802f0b96c991460eaa05d6", "TS monorepo (framework)"),
    Repo("node-red/node-red", "1f38dc899b1d6d24b05369023ef2d83b808cd55d",
         "Node JS app (monorepo)"),
    Repo("floating-ui/floating-ui", "12d94738472e922e1b3fa31b02b2b61b9ed77e6a",
         "TS monorepo (React/Vue)"),
    Repo("tusen-ai/naive-ui", "2ac0b01e7490d887803626deb498005594253a46", "Vue TS library"),
    Repo("primefaces/primevue", "d4374cb7c1267f35eba7cee5d0a266f50ca8ec84",
         "Vue JS/TS monorepo"),
    Repo("dotansimha/graphql-yoga", "a03c6e7667621c68efd8a61792ab27f4f6cf5f2c",
         "TS monorepo (server)"),
    Repo("mdx-js/mdx", "685627a819567c0788eadb85f5f57065bcc81c2c", "JS monorepo (compiler)"),
    Repo("nuxt/content", "793d59aba93224e39afb6e41a5dfdfd9284b5484", "Nuxt TS module"),
    # the eleventh sample (session 38): libraries and apps never run before
    Repo("readthedocs/readthedocs.org", "7937196123747181054d4c2361ec81f93c37f8f2",
         "Django app"),
    Repo("jazzband/django-debug-toolbar", "a21604a23c5dd649b94cfee09a2596744e1c1f04",
         "Django library"),
    Repo("mopidy/mopidy", "b08755670fadc1122383446e9d545ab38becef90", "Python server app"),
    Repo("errbotio/errbot", "af1bb75b933178cf4dc5ddc8a0e327d2c2bc21d8", "Python chatbot app"),
    Repo("jupyter-server/jupyter_server", "9a4d6eea2b16815a493b11fffe0b51b1fe55a81b",
         "Tornado server library"),
    Repo("gitpython-developers/GitPython", "d160fb4124a56bd463a542a7bbff623354fb3397",
         "Python library"),
    Repo("cookiecutter/cookiecutter", "c88fbe921c97c58b65f1883ba90a0ab53cc91b34",
         "Python CLI tool"),
    Repo("python-babel/babel", "6ba6701e790f2f4b482ab5919cdf79f9cfef259b", "Python library"),
    Repo("formkit/formkit", "528d6e373555cca39c7ac24c1aa01af9ca18f9fd", "Vue TS monorepo"),
    Repo("logaretm/vee-validate", "7d8cc524f9204655ad00a466090738e43b44ff2a",
         "Vue TS monorepo"),
    Repo("ionic-team/capacitor", "1834b9740e200fd96f866975d54515d49ef1aa97",
         "TS monorepo (CLI and runtime)"),
    Repo("tailwindlabs/headlessui", "eea57cf46fd6767ed1059012f7073b88eb159fba",
         "React/Vue TS monorepo"),
    Repo("pmndrs/valtio", "c24a93a1b62d1fb95a7fa78c840d32cf95bef348", "React TS library"),
    Repo("adonisjs/core", "41f5d66604e663667a3be386ff524d6a9db253b9", "Node TS framework"),
    Repo("wxt-dev/wxt", "9b46da88416042291bf63acc3a35bb12bcd61621", "TS monorepo (framework)"),
    Repo("chakra-ui/ark", "e75b06226f5a8ab18b5be4e5dfeaf45443314950",
         "React/Vue/Solid/Svelte TS monorepo"),
    # the twelfth sample (session 39): libraries and apps never run before
    Repo("pypa/setuptools", "7d531288b7c8708d4cc186213da93eaf5d11833d", "Python library"),
    Repo("httpie/cli", "5b604c37c6c67e18e7c3e9aee6c88a8c22b98345", "Python CLI app (plugins)"),
    Repo("urllib3/urllib3", "6a8536b6e1b0cbe69ae801337c599951e527ae29", "Python library"),
    Repo("PyCQA/isort", "0cba6f6111a07cc05b167008dda0727ecca907c5", "Python CLI tool"),
    Repo("ansible/awx", "e21dd0a0933fd544d1fe2513c54fe41203775eb5", "Django + React JS app"),
    Repo("posativ/isso", "6dffaa74f1184280f45a8bf64730f3d153c74b05", "Python (Werkzeug) + JS app"),
    Repo("react-hook-form/react-hook-form", "d29f3ee09cc24aa29da6127e7657106fb06c76f5",
         "React TS library"),
    Repo("remix-run/remix", "0b25fab078508d1565fdd68377a2629b53031e2b", "TS monorepo (framework)"),
    Repo("jaredpalmer/formik", "91475adbf33579561e580eceea0c031f4ec2e992", "React TS monorepo"),
    Repo("egoist/tsup", "b6bcae8504d018cfc94203f50f15a3ce43943332", "TS CLI tool"),
    Repo("jazzband/pip-tools", "c58d5d945c0f20e9713e10f5fea2491a5c984f39", "Python CLI tool"),
    Repo("plankanban/planka", "a8dcd7cef3ee8d19ad05b8c734ac43f3103489e8",
         "Sails + React JS app"),
    Repo("requarks/wiki", "6f042e97cc2d3acda6b6ff611de8e0faacce91c1", "Node + Vue JS app"),
    # the thirteenth sample (session 40): libraries and apps never run before
    Repo("django-extensions/django-extensions", "cfcb9112fbe5b451def0866047f183e24c794d8c",
         "Python library (Django)"),
    Repo("carltongibson/django-filter", "ec717ea11378a4dc003cbe2f77b5211d8815a0b6",
         "Python library (Django)"),
    Repo("miguelgrinberg/python-socketio", "2d21903008b185b66ee644bfe231bb953298e9b1",
         "Python library"),
    Repo("python-jsonschema/jsonschema", "b37f7be6dc7966a1f1a67557976041ffe0826cb3",
         "Python library"),
    Repo("archivy/archivy", "bdcdd39ac6cf9f7b3709b984d8be2f0fa898139e", "Flask + JS app"),
    Repo("typestack/class-validator", "0853341cc36f53d54e5afb50800c3a4b169abd73", "TS library"),
    Repo("inversify/InversifyJS", "f10c2c1a9093430d637597a29e1babff3ce58fe4", "TS library"),
    Repo("react-hook-form/resolvers", "827f20bd97a4618d75162e54fe9ba2419fd4e50a",
         "TS library monorepo"),
    Repo("sindresorhus/got", "d00d845a0b435365ec73ea5a1fca6e17ee677184", "TS library"),
    Repo("pallets-eco/flask-sqlalchemy", "3e3e92ba557649ab5251eda860a67656cc8c10af",
         "Python library (Flask)"),
    Repo("tqdm/tqdm", "f6a30fab726ab8e794a9db88b4392ce207760937", "Python library"),
    Repo("typestack/routing-controllers", "729435ffdc05ef7eca09421bbca4949f2d8b1f18",
         "TS library"),
    Repo("tj/commander.js", "ba6d13ddb4243e5913367734f8c159089ffe7834", "JS library (TS typings)"),
    # the fourteenth sample (session 41): libraries and apps never run before
    Repo("graphql-python/graphene", "82903263080b3b7f22c2ad84319584d7a3b1a1f6", "Python library"),
    Repo("flask-admin/flask-admin", "14e24c970f0ee3a29add830612eee9a0b0ba5dcc",
         "Python library (Flask)"),
    Repo("tiangolo/typer", "233009a37d35249c1e430ee1db11ed9c06a9dcc3", "Python CLI library"),
    Repo("django-import-export/django-import-export", "29f5c5d97bb679fe79f94616f1a9ae42a4979604",
         "Python library (Django)"),
    Repo("Flagsmith/flagsmith", "1ad8487ba7aabedd3cdfbcf3e7d772784d3e1aae",
         "Django + React app"),
    Repo("graphql-hive/graphql-yoga", "11a4a1af0a0ff8fcd5acea609e19bb917cb951c8",
         "TS monorepo (GraphQL server)"),
    Repo("oclif/core", "2ba8f2f1ee3c4aa636a8fc27593d779218d9bd76", "TS library (CLI)"),
    Repo("supabase/supabase-js", "381bded5ced48c4621830576bf8cbecc34edc85c", "TS monorepo (client)"),
    Repo("testing-library/dom-testing-library", "e395d5b8ecd4ec95cc02540ddcf16571ecd33e0f",
         "JS/TS library"),
    # the fifteenth sample (session 42): libraries and apps never run before
    Repo("dbt-labs/dbt-core", "43aa6e8a621e703984cfcb84259a81be32518878",
         "Python CLI app (adapters, packages)"),
    Repo("prompt-toolkit/python-prompt-toolkit", "583b3412c792a5cc9f01adde603679f3824a88f3",
         "Python library (`__init__` re-exports)"),
    Repo("python-lsp/python-lsp-server", "245da207e3659fdfbbf1882ef4832f94f8076a7e",
         "Python server app (plugins)"),
    Repo("frappe/insights", "bc16b9284a95c306707e8b5c235072f726d9c721",
         "Frappe (Python) + Vue TS app"),
    Repo("gristlabs/grist-core", "f98cda95ac9a39d27c976c9db84ca131bf020f84",
         "Node + TS app (server, client, common) + Python sandbox"),
    Repo("graphql/graphiql", "277cddad169962a580b0aa71e08f5ea3a29ffd01", "TS monorepo"),
    Repo("apify/crawlee", "69a824b77a2ce5ed48ef6bca5a0a54d5ce504ac4", "TS monorepo"),
    Repo("ariakit/ariakit", "b5f8bc2f1fa4279e3023182ec056c746b4cd6313", "React TSX monorepo"),
    Repo("python-poetry/poetry-core", "c4d922c3183763f19b790c5123b5f9d4f5fa9eaf",
         "Python library (vendored packages)"),
    Repo("Shopify/hydrogen", "9c715c1743cc3ce87dc927d7d4ad0c02f9482e74",
         "React Router TS monorepo (framework, templates)"),
    # the sixteenth sample (session 43): applications never run before
    Repo("Cog-Creators/Red-DiscordBot", "4e27059209473118142a5a220b002353dc82d3e4",
         "Python app (Discord bot, cogs)"),
    Repo("jlowin/fastmcp", "b14b137fddc3145d6b4abd0b3a3f1a11dfc370b0", "Python library + CLI"),
    Repo("Aider-AI/aider", "5dc9490bb35f9729ef2c95d00a19ccd30c26339c", "Python CLI app"),
    Repo("pwndbg/pwndbg", "14ba7ac86a9a48ce1d8d48f1be6a4a0881f229c7",
         "Python CLI app (GDB plugin)"),
    Repo("jumpserver/jumpserver", "54b5d374e36b17b99d6377997272c648e9978601", "Django app"),
    Repo("beancount/fava", "b12bd6f4155dc54ba4afdc5ea6b1daa8999d5956",
         "Flask + Svelte TS app"),
    Repo("frappe/gameplan", "d0da067b4578839a2757e0d6ae33a4bc965d1ef6", "Frappe + Vue TS app"),
    Repo("pure-admin/vue-pure-admin", "2ad835b1093572edebc24750b4e66f4dac592c9f",
         "Vue TS admin panel"),
    Repo("ChatGPTNextWeb/NextChat", "706a18b95b714ab29b2a4842d3b9ff4f887935d5", "Next.js TSX app"),
    Repo("mfts/papermark", "7ff2e657ed09b56f0afcc863a5db52d0debd2e6a", "Next.js TSX SaaS app"),
    Repo("dittofeed/dittofeed", "52b2bee909744d07dd5d409fd3974d4b95c66766",
         "TS app monorepo (API + admin)"),
    # the seventeenth sample (session 44): applications never run before
    Repo("python-discord/bot", "35d9e45d29c5213984e1dfbd8e034076a9951849",
         "Python app (Discord bot, exts)"),
    Repo("python-discord/site", "d513a424afe47a30be0828ee9d3e865e4d88ebc5", "Django app"),
    Repo("lutris/lutris", "4944e035887fc8be449cfa235281a7474a0e4ba9", "Python (GTK) app"),
    Repo("nvbn/thefuck", "c7e7e1d884d3bb241ea6448f72a989434c2a35ec", "Python CLI app (rules)"),
    Repo("privacyidea/privacyidea", "55410007d118b505d9ff300b6114c2701e9bdb3c",
         "Flask + JS app"),
    Repo("MODSetter/SurfSense", "b4d57e9b471891962a24bbd5c77620983509abfa",
         "FastAPI + Next.js TSX app"),
    Repo("gethomepage/homepage", "b2a52ff2a9df1b7e7bc612178f66539606311b84",
         "Next.js JS app (widgets)"),
    Repo("jellyfin/jellyfin-web", "f330b7bc8b6fc9c0d937659919fa82a9564e2ec0",
         "React/JS + TS web app"),
    Repo("shlinkio/shlink-web-client", "cd26200e3e4dc2af2df668ed222a5c6f75195a7f",
         "React TSX app (admin panel)"),
    Repo("Lissy93/dashy", "fde99410ff8565bc62160f613a44350352871998", "Vue JS app (dashboard)"),
    # the eighteenth sample (session 45): applications never run before
    Repo("nonebot/nonebot2", "18509811d96d9613d998f94191ad13c9781e804a",
         "Python bot framework (adapters, plugins)"),
    Repo("nicotine-plus/nicotine-plus", "a2dfc418cf426ffa7818833a83ce4ff3ba0ce030",
         "Python (GTK) app"),
    Repo("Rapptz/RoboDanny", "39af9d71ffd5f099094a05352c18b987a1dc5d04",
         "Python app (Discord bot, cogs)"),
    Repo("jrnl-org/jrnl", "90de4948d79a4fca8c7238dd2487b599f458c903", "Python CLI app"),
    Repo("hacs/integration", "3249355704d1a716e637d4d044b6cb4ae72dc271",
         "Python app (Home Assistant integration)"),
    Repo("morpheus65535/bazarr", "920853daee558751c3abe5755cb04613d28b281c",
         "Flask + React TS app"),
    Repo("sct/overseerr", "46a9b244efd81e0e70a16a851252114bc2d3c2ca",
         "Express + Next.js TSX app"),
    Repo("getlago/lago-front", "945d28cff2f041d2a12a9858c522c490d0fbf033",
         "React TSX app (SaaS admin dashboard)"),
    Repo("getmaxun/maxun", "ca458fed8a92436f35e3f06bf86317f5a9e2f3c3",
         "Express + React TS app (web scraping SaaS)"),
    Repo("sopel-irc/sopel", "3ea8c28923ebf334fc06ddf8b3d6487748fc8ccd", "Python IRC bot"),
    Repo("mikf/gallery-dl", "86047cf67a12bdb6ff1085774f8ad9fc347e8da9", "Python CLI app"),
    Repo("jesse-ai/jesse", "682b17148b5e3949e7c850ead207c53968b0ccf2",
         "Python app (trading bot framework and CLI)"),
    Repo("wg-easy/wg-easy", "bc05e0eac15d894b642a1c0ab44d4c89de64e7da",
         "Nuxt TS app (server routes + Vue)"),
    Repo("mockoon/mockoon", "2054a046e17a2065e03a276d73b9d82542a1eb65",
         "TS app (Electron + Angular desktop, mock server, CLI)"),
    Repo("Lissy93/web-check", "714cf62ca7141113bd3528299e21b660eb14e099",
         "Express + Astro/React TS app"),
    Repo("gitify-app/gitify", "01f215a408e5b52283acc66ac02d2a788d243a94",
         "Electron + React TS app"),
    Repo("567-labs/instructor", "cc67955310e64056bcf8a087d570a85972a58c40", "Python library"),
    Repo("BrianPugh/cyclopts", "7e3b0a3dae60aa9088fccbd6b9c48696870d6f7b",
         "Python library (CLI framework)"),
    Repo("AykutSarac/jsoncrack.com", "3c9af69e23c635356293b6b28cf4cd0af10d1059",
         "Next.js TSX app (JSON visualiser)"),
)

FIX_MESSAGE = (
    r"fix(e[sd])? (the |a |an )?(broken |missing |circular |wrong |bad )?imports?\b",
    r"ImportError", r"ModuleNotFoundError", r"cannot find module", r"is not exported",
    r"has no exported member", r"missing exports?\b", r"undefined is not a function",
    r"restore (removed )?exports?", r"re-?exports?\b", r"revert .*(remove|rename)",
    # the second sample (session 25): build and checker errors, arity, restored names
    r"fix(e[sd])? (the )?build", r"broken build", r"build (error|failure|fix)",
    r"TS2305", r"TS2307", r"TS2339", r"TS2554", r"TS2724", r"missing imports?\b",
    r"(wrong|broken|bad|incorrect) imports?\b", r"import (error|path)", r"AttributeError: module",
    r"NameError", r"is not defined", r"restore (the )?removed", r"unexpected keyword argument",
    r"missing (\d+ )?required (positional |keyword )?arguments?", r"Expected \d+ arguments",
)
# a subject about a call's arguments: taken without a textual hint (break_hints reads
# imports and definitions, not signatures)
ARITY_MESSAGE = re.compile(r"unexpected keyword argument|missing (\d+ )?required (positional |"
                           r"keyword )?arguments?|Expected \d+ arguments|TS2554", re.IGNORECASE)
# a subject that says outright that a reference was broken (--order strong takes these first)
STRONG = re.compile(r"((fix(e[sd])?|correct) (the |a |an )?(broken |missing |wrong |bad )?"
                    r"(imports?|exports?)\b|missing exports?|broken imports?|ImportError"
                    r"|cannot find module|has no exported member|is not exported)", re.IGNORECASE)
CIRCULAR = re.compile(r"circular|cycl", re.IGNORECASE)
NOT_A_BREAK = re.compile(r"circular|cycle|order|sort", re.IGNORECASE)
REVERT_BODY = re.compile(r"This reverts commit ([0-9a-f]{40})")
PY = (".py",)
JS = (".js", ".jsx", ".mjs", ".cjs", ".ts", ".tsx", ".mts", ".cts")
MAX_FILES, MAX_LINES = 10, 400
# a line that provides or takes a name: a definition, an export, `__all__`, an import
PROVIDES = re.compile(r"^-\s*(export\b|(async\s+)?def\s|class\s|function\s|__all__|module\.exports"
                      r"|exports\.)")
IMPORTS = re.compile(r"^[-+]\s*(from\s+\S+\s+import\b|import\b|export\s.*\bfrom\b|.*\brequire\()")
MAX_WHOLE = {"python": 200, "typescript": 200}  # files: check the whole tree up to this
MAX_CHECKED = 150


# --------------------------------------------------------------------------- candidates


@dataclass(frozen=True)
class Candidate:
    repo: str
    kind: str  # "fix" (the break is its reverse) or "revert" (the reverted commit)
    source: str  # the fix or revert commit whose message made it a candidate
    base: str  # the tree before the break
    head: str  # the broken tree
    subject: str
    hint: str = ""  # break_hints' reasons to expect a dangling reference ("" for none)


def git(path: Path, *args: str) -> str:
    return run(["git", "-C", str(path), *args])


def log_commits(path: Path, head: str, *grep: str) -> list[tuple[str, list[str], str, str]]:
    """(sha, parents, subject, body) of the non-merge commits of `head` matching a pattern."""
    out = git(path, "log", "--no-merges", "-E", "-i", "--format=%H %P%x00%s%x00%b%x1e",
              *[f"--grep={g}" for g in grep], head)
    commits = []
    for entry in out.split("\x1e"):
        if not entry.strip():
            continue
        shas, subject, body = entry.strip("\n").split("\0", 2)
        sha, *parents = shas.split()
        commits.append((sha, parents, subject, body))
    return commits


def changed_code(path: Path, base: str, head: str) -> list[tuple[str, str]] | None:
    """(status, file) of the code files the diff base..head changes; None when too large."""
    status = git(path, "diff", "--no-renames", "--name-status", base, head).splitlines()
    files = [tuple(line.split("\t", 1)) for line in status if line.strip()]
    code = [(s, f) for s, f in files if f.endswith(PY + JS) and "node_modules/" not in f]
    stat = git(path, "diff", "--numstat", base, head, "--", *[f for _, f in code]) if code else ""
    lines = sum(int(a) + int(d) for a, d, _ in (row.split("\t", 2) for row in stat.splitlines())
                if a.isdigit() and d.isdigit())
    if not code or len(code) > MAX_FILES or lines > MAX_LINES:
        return None
    return code


def takes_names_away(path: Path, base: str, head: str, code: list[tuple[str, str]],
                     removes_only: bool) -> bool:
    """The diff removes a file, a definition or an export (or, unless `removes_only`, adds
    or removes an import)."""
    if any(s == "D" for s, _ in code):
        return True
    diff = git(path, "diff", "-U0", base, head, "--", *[f for _, f in code])
    lines = [line for line in diff.splitlines() if not line.startswith(("---", "+++"))]
    return any(PROVIDES.match(line) or (not removes_only and IMPORTS.match(line))
               or removes_method(line) for line in lines)


def removes_method(line: str) -> bool:
    """A `-` line of a diff that defines a method of a class (Python or TS/JS)."""
    return line.startswith("-") and any(break_hints.method_name(line[1:], python)
                                        for python in (True, False))


def candidate(path: Path, repo: Repo, kind: str, source: str, base: str, head: str,
              subject: str, removes_only: bool = False, need_hint: bool = True
              ) -> Candidate | None:
    """The break base..head when it is small, touches code that provides or takes names and
    (with `need_hint`) break_hints sees a reference it leaves dangling."""
    try:
        code = changed_code(path, base, head)
        if code is None or not takes_names_away(path, base, head, code, removes_only):
            return None
    except SetupError:  # a commit or blob the mirror lacks
        return None
    found = break_hints.hints(path, base, head, code)
    if need_hint and not found:
        return None
    return Candidate(repo.name, kind, source, base, head, subject[:200],
                     "; ".join(map(str, found[:3]))[:300])


def mine(path: Path, repo: Repo, limit: int, strong_first: bool, scan_limit: int = 0
         ) -> list[Candidate]:
    """The repository's candidates, newest first (with `strong_first`, the fixes whose
    subject says outright that a reference was broken before the others), at most `limit`
    from messages, then at most `scan_limit` intermediate breaks found by scanning."""
    found: list[Candidate] = []
    seen: set[tuple[str, str]] = set()
    said = re.compile("|".join(FIX_MESSAGE), re.IGNORECASE)
    fixes = [c for c in log_commits(path, repo.head, *FIX_MESSAGE) if said.search(c[2])]
    reverts = log_commits(path, repo.head, "This reverts commit")
    def rank(commit: tuple) -> tuple[bool, int]:
        weak = strong_first and not (STRONG.search(commit[2]) and not NOT_A_BREAK.search(commit[2]))
        return weak, -order(path, commit[0])

    start = time.monotonic()
    for sha, parents, subject, body in sorted(fixes + reverts, key=rank):
        if len(found) >= limit or not parents or time.monotonic() - start > MINE_SECONDS:
            break
        reverted = REVERT_BODY.search(body)
        if reverted:
            target = reverted[1]
            parent = first_parent(path, target)
            made = parent and candidate(path, repo, "revert", sha, parent, target, subject,
                                        removes_only=True)
        elif CIRCULAR.search(subject):
            made = None  # a runtime import order, not a dangling name
        else:
            made = candidate(path, repo, "fix", sha, sha, parents[0], subject,
                             need_hint=not ARITY_MESSAGE.search(subject))
        if made and (made.base, made.head) not in seen:
            seen.add((made.base, made.head))
            found.append(made)
    for made in scan(path, repo, scan_limit):
        if (made.base, made.head) not in seen:
            seen.add((made.base, made.head))
            found.append(made)
    return found


SCAN_COMMITS, MINE_SECONDS = 3000, 90


def scan(path: Path, repo: Repo, limit: int) -> list[Candidate]:
    """Intermediate breaks, whatever their message: newest first among the last
    SCAN_COMMITS non-merge commits, a small commit that removes code (a definition, an
    export, a file) or adds an import, where break_hints sees a reference left dangling —
    e.g. a function renamed whose callers a later commit updates (at most MINE_SECONDS)."""
    if limit <= 0:
        return []
    try:  # trees only: a mirror may lack a large blob (or, rarely, a tree)
        out = git(path, "log", "--no-merges", f"-n{SCAN_COMMITS}", "--format=%x1e%H %P%x00%s",
                  "--name-only", repo.head)
    except SetupError:
        return []
    found: list[Candidate] = []
    start = time.monotonic()
    for entry in out.split("\x1e"):
        if len(found) >= limit or time.monotonic() - start > MINE_SECONDS:
            break
        head_line, _, names = entry.strip("\n").partition("\n")
        if "\0" not in head_line:
            continue
        shas, subject = head_line.split("\0", 1)
        sha, *parents = shas.split()
        code = [f for f in names.splitlines() if f.endswith(PY + JS) and "node_modules/" not in f]
        if len(parents) != 1 or not code or len(code) > MAX_FILES:
            continue
        made = candidate(path, repo, "scan", sha, parents[0], sha, subject)
        if made:
            found.append(made)
    return found


_ORDER: dict[str, int] = {}


def order(path: Path, sha: str) -> int:
    """The commit time of `sha` (newest first ordering of fixes and reverts together)."""
    if sha not in _ORDER:
        _ORDER[sha] = int(git(path, "log", "-1", "--format=%ct", sha).strip())
    return _ORDER[sha]


def first_parent(path: Path, sha: str) -> str | None:
    try:
        return git(path, "rev-parse", "--verify", "--quiet", f"{sha}^1").strip() or None
    except SetupError:
        return None


# --------------------------------------------------------------------------- the oracle


@dataclass(frozen=True)
class Site:
    file: str
    line: int
    code: str
    message: str


TREE_SUFFIXES = PY + JS + (".json", ".pyi")
# files a JS module imports that no checker reads: exported empty, so that an import of one
# that exists is told from an import of one that does not
ASSET_SUFFIXES = (".vue", ".svelte", ".astro", ".css", ".scss", ".sass", ".less", ".svg",
                  ".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".ico", ".md", ".mdx",
                  ".html", ".woff", ".woff2", ".ttf", ".mp3", ".mp4", ".csv",
                  ".graphql", ".gql", ".txt", ".wasm", ".yaml", ".yml")
MAX_BLOB = 1_000_000


def export_tree(path: Path, sha: str, dest: Path) -> Path:
    """The code and JSON files of `sha`, up to MAX_BLOB bytes each, written from the object
    store (a mirror may lack the blob of a large data file: such a file is left out)."""
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    listing = run(["git", "-C", str(path), "ls-tree", "-r", "-l", "-z", sha])
    wanted, links = [], []
    for entry in listing.split("\0"):
        if not entry:
            continue
        meta, _, rel = entry.partition("\t")
        mode, kind, blob, size = meta.split()
        if "node_modules/" in rel or kind != "blob":
            continue
        if mode == "120000" and rel.endswith(TREE_SUFFIXES + ASSET_SUFFIXES):
            links.append((blob, rel))
        elif rel.endswith(ASSET_SUFFIXES):
            placeholder = dest / rel  # only its existence matters (an import of an asset)
            placeholder.parent.mkdir(parents=True, exist_ok=True)
            placeholder.touch()
        elif (rel.endswith(TREE_SUFFIXES) or rel.split("/")[-1] == ".gitignore") \
                and size.isdigit() and int(size) <= MAX_BLOB:
            wanted.append((blob, rel))
    proc = subprocess.run(["git", "-C", str(path), "cat-file", "--batch"],
                          input="".join(f"{blob}\n" for blob, _ in wanted).encode(),
                          capture_output=True, check=True)
    out, at = proc.stdout, 0
    for blob, rel in wanted:
        header_end = out.index(b"\n", at)
        header = out[at:header_end].split()
        at = header_end + 1
        if header[-1] == b"missing":
            continue
        size = int(header[2])
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(out[at:at + size])
        at += size + 1
    for blob, rel in links:
        link_to(dest, rel, git(path, "cat-file", "blob", blob).strip())
    return dest


def link_to(dest: Path, rel: str, target: str) -> None:
    """A symbolic link of the tree (`root.config.js -> ../../scripts/config.js`), kept when
    it points inside the tree."""
    link = dest / rel
    resolved = (link.parent / target).resolve()
    if target.startswith("/") or not resolved.is_relative_to(dest.resolve()):
        return
    link.parent.mkdir(parents=True, exist_ok=True)
    if not link.exists() and not link.is_symlink():
        link.symlink_to(target)


def tree_files(tree: Path, suffixes: tuple[str, ...]) -> list[str]:
    skip = ("node_modules/", "/dist/", "/build/", ".d.ts")
    return sorted(p.relative_to(tree).as_posix() for p in tree.rglob("*")
                  if p.suffix in suffixes and p.is_file()
                  and not any(s in "/" + p.relative_to(tree).as_posix() for s in skip))


MODULE_SYNTAX = re.compile(r"^\s*(import|export)\b", re.MULTILINE)


def global_declarations(tree: Path) -> list[str]:
    """The tree's declaration files that declare globals for every file of the project: a
    script `.d.ts` (no top-level import or export: frappe/insights' `src2/types/query.d.ts`,
    `type QueryResult = {...}`) or one with `declare global`. tsc reads a declaration file
    only when given it or imported, and the files the oracle gives are code files."""
    found = []
    for p in sorted(tree.rglob("*.d.ts")):
        rel = p.relative_to(tree).as_posix()
        if any(s in "/" + rel for s in ("node_modules/", "/dist/", "/build/")) or not p.is_file():
            continue
        source = p.read_text(encoding="utf-8", errors="replace")
        if "declare global" in source or not MODULE_SYNTAX.search(source):
            found.append(rel)
    return found


def module_stems(changed: list[str]) -> set[str]:
    """The names a consumer writes to reach the changed modules: the file's stem, or its
    directory's name for an `index`/`__init__` file."""
    stems = set()
    for rel in changed:
        p = Path(rel)
        stems.add(p.parent.name if p.stem in ("index", "__init__") else p.stem)
    return {s for s in stems if len(s) > 2}


def naming(names: set[str]) -> re.Pattern[str] | None:
    """What matches any of `names` as whole words."""
    return re.compile(r"\b(" + "|".join(map(re.escape, sorted(names))) + r")\b") if names else None


def qualified_stems(changed: list[str]) -> set[str]:
    """The changed modules named with their package (`amplitude.views`, `amplitude/views`):
    what names them more surely than a common stem (`views`, `models`) alone."""
    return {f"{p.parent.name}{sep}{p.stem}" for rel in changed
            if (p := Path(rel)).parent.name and p.stem not in ("index", "__init__")
            for sep in "./"}


def files_to_check(trees: tuple[Path, Path], language: str, changed: list[str]) -> list[str]:
    """The files the oracle checks: every one of a small tree; else the changed files, then
    (at most MAX_CHECKED in all) those that name a changed module with its package (Flagsmith's
    src/integrations/urls.py, `from .amplitude.views import ...`, after 150 files naming some
    `views`), then those that name a changed module's stem."""
    suffixes = PY if language == "python" else JS
    union = sorted(set(tree_files(trees[0], suffixes)) | set(tree_files(trees[1], suffixes)))
    if len(union) <= MAX_WHOLE[language]:
        return union
    chosen = [f for f in changed if f in union]
    for pattern in (naming(qualified_stems(changed)), naming(module_stems(changed))):
        if pattern is not None:
            chosen += files_naming(trees, [f for f in union if f not in chosen], pattern,
                                   MAX_CHECKED - len(chosen))
    return chosen


def files_naming(trees: tuple[Path, Path], files: list[str], pattern: re.Pattern[str],
                 limit: int) -> list[str]:
    """At most `limit` of `files` whose text in either tree matches `pattern`."""
    found = []
    for rel in files:
        if len(found) >= limit:
            break
        for tree in trees:
            try:
                if pattern.search((tree / rel).read_text(encoding="utf-8", errors="replace")):
                    found.append(rel)
                    break
            except OSError:
                continue
    return found


def python_roots(tree: Path) -> list[str]:
    """Directories imports are resolved from: the parents of top-level packages."""
    roots = set()
    for init in tree.rglob("__init__.py"):
        package = init.parent
        # a tree whose root is a package (an `__init__.py` at the top) is no root of its own
        if package != tree and package.parent != tree and \
                not (package.parent / "__init__.py").exists():
            roots.add(package.parent.relative_to(tree).as_posix())
    return sorted(roots, key=lambda r: (r.count("/"), r))[:30]


def local_names(files: list[str], roots: list[str]) -> set[str]:
    """The top-level module names the repository provides: the first part of each file's path
    below the tree's root or a source root (`celery/fixups/django.py` provides `celery`, not
    `django`)."""
    names = set()
    for f in files:
        for root in ("", *roots):
            if not root or f.startswith(root + "/"):
                names.add(f[len(root) + 1 if root else 0:].split("/")[0].removesuffix(".py"))
    return names


MISSING_IMPORT = re.compile(r'Import "([^"]+)" could not be resolved')
MISSING_MODULE = re.compile(r"Cannot find module '([^']+)'")


def is_local(diag: oracle.Diagnostic, names: set[str], aliases: tuple[str, ...],
             tree: Path | None = None) -> bool:
    """An unresolved import counts only when it points into the repository (a third-party
    module is missing from both trees: no packages are installed)."""
    m = MISSING_IMPORT.search(diag.message)
    if diag.code == "reportMissingImports" and m:
        return m[1].startswith(".") or m[1].split(".")[0] in names
    m = MISSING_MODULE.search(diag.message)
    if diag.code == "TS2307" and m:
        if tree is not None and asset_present(tree, diag.file, m[1]):
            return False  # tsc has no declaration for `*.vue`, `*.css`: the file is there
        if m[1].startswith("."):
            return not escapes_tree(diag.file, m[1])
        return m[1].startswith("/") or any(m[1].startswith(a) for a in aliases if a)
    return True


def escapes_tree(importer: str, spec: str) -> bool:
    """A relative `spec` that climbs above the repository's root (a Frappe app's
    `../../../../sites/common_site_config.json`: the bench it is deployed in) points at
    no file of the repository, in either tree."""
    return posixpath.normpath(posixpath.join(posixpath.dirname(importer), spec)).startswith("../")


def asset_present(tree: Path, importer: str, spec: str) -> bool:
    """`spec` names an asset file (`./App.vue`, `@/styles/x.css`) that the tree holds."""
    spec = spec.split("?", 1)[0]  # Vite's `./logo.webp?url`, `./x.svg?raw`
    if not spec.endswith(ASSET_SUFFIXES):
        return False
    if spec.startswith("."):
        return ((tree / importer).parent / spec).exists()
    rest = spec.split("/", 1)[1] if "/" in spec else spec
    return next(tree.rglob(glob.escape(rest)), None) is not None


def read_jsonc(path: Path) -> dict:
    """A tsconfig: JSON with comments and trailing commas ({} when unreadable)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return {}
    text = re.sub(r'("(?:\\.|[^"\\])*")|//[^\n]*|/\*.*?\*/', lambda m: m[1] or "", text,
                  flags=re.DOTALL)
    text = re.sub(r",(\s*[}\]])", r"\1", text)
    try:
        data = json.loads(text)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def tsconfig_options(tree: Path, changed: list[str]) -> tuple[dict, tuple[str, ...]] | None:
    """`baseUrl`/`paths` of the tsconfig (or jsconfig) nearest the first changed file, as
    options of a config at the tree's root, and the alias prefixes; None: no config."""
    for rel in changed:
        folder = (tree / rel).parent
        while True:
            for name in ("tsconfig.json", "jsconfig.json"):
                if (folder / name).is_file():
                    return ts_paths(tree, folder / name)
            if folder == tree:
                break
            folder = folder.parent
    return None


def ts_paths(tree: Path, config: Path) -> tuple[dict, tuple[str, ...]]:
    options: dict = {}
    for _ in range(4):  # follow relative `extends` a few levels for baseUrl/paths
        data = read_jsonc(config)
        compiler = data.get("compilerOptions") or {}
        for key in ("baseUrl", "paths"):
            if key in compiler and key not in options:
                options[key] = (compiler[key], config.parent)
        parent = data.get("extends")
        if not isinstance(parent, str) or not parent.startswith("."):
            break
        config = (config.parent / parent)
        if config.suffix != ".json":
            config = config.with_suffix(".json")
    out: dict = {}
    paths, paths_dir = options.get("paths", (None, None))
    base_url, base_dir = options.get("baseUrl", (None, None))
    if base_url is not None:
        out["baseUrl"] = (base_dir / base_url).resolve().relative_to(tree.resolve()).as_posix() or "."
    elif paths_dir is not None:
        out["baseUrl"] = paths_dir.resolve().relative_to(tree.resolve()).as_posix() or "."
    if isinstance(paths, dict):
        out["paths"] = paths
    aliases = tuple(k.split("*")[0] for k in (paths or {}))
    return out, aliases


def with_workspace_packages(tree: Path, options: dict, aliases: tuple[str, ...]
                            ) -> tuple[dict, tuple[str, ...]]:
    """`paths` also map the workspace's own packages (a package.json with a `name` and a
    `src/index.*`) to their sources: no package is built or installed, and an import of a
    sibling package would otherwise not resolve in either tree."""
    base = tree / options.get("baseUrl", ".")
    paths = dict(options.get("paths") or {})
    names = []
    for manifest in sorted(tree.rglob("package.json")):
        rel = manifest.relative_to(tree).as_posix()
        if "node_modules/" in rel:
            continue
        name = read_jsonc(manifest).get("name")
        index = next((manifest.parent / "src" / f"index{s}" for s in JS
                      if (manifest.parent / "src" / f"index{s}").is_file()), None)
        if not isinstance(name, str) or index is None or name in paths:
            continue
        paths[name] = [os.path.relpath(index, base)]
        paths[f"{name}/*"] = [os.path.relpath(manifest.parent / "src", base) + "/*",
                              os.path.relpath(manifest.parent, base) + "/*"]  # `pkg/src/db`
        names.append(name)
    if not names:
        return options, aliases
    return {**options, "paths": paths, "baseUrl": options.get("baseUrl", ".")}, \
        (*aliases, *names)


@dataclass(frozen=True)
class OracleRun:
    checker: str  # pyright, tsc, or none
    sites: list[Site]
    note: str  # why there is no checker, or what it checked


def renamed_files(path: Path, base: str, head: str) -> dict[str, str]:
    """head path -> base path of the files the break renames."""
    status = git(path, "diff", "-M", "--name-status", base, head).splitlines()
    return {row[2]: row[1] for row in (line.split("\t") for line in status)
            if row[0].startswith("R") and len(row) == 3}


def new_sites(base: list[oracle.Diagnostic], head: list[oracle.Diagnostic],
              renamed: dict[str, str]) -> list[oracle.Diagnostic]:
    """Diagnostics of head that base does not have, compared by file (through a rename),
    code and message: a line the break only reformats or moves keeps its diagnostic. In a
    renamed file the modules a message quotes are left out of the comparison: a file moved
    with its imports rewritten to its new place keeps the diagnostic it had (nonebot2
    c9bea5d0ea, Docusaurus's `import type { Props } from "@theme/TOC/Container"` moved to
    `@theme/Page/TOC/Container`, the same TS2614 of the same self-import)."""
    left = Counter((d.file, d.code, d.message) for d in base)
    moved = Counter((d.file, d.code, _without_modules(d.message)) for d in base
                    if d.file in renamed.values())
    out = []
    for d in head:
        key = (renamed.get(d.file, d.file), d.code, d.message)
        loose = (key[0], d.code, _without_modules(d.message))
        if left[key]:
            left[key] -= 1
        elif d.file in renamed and moved[loose]:
            moved[loose] -= 1
        else:
            out.append(d)
    return out


def _without_modules(message: str) -> str:
    """The message with the module specifiers it quotes (a path or a dotted name) blanked."""
    return re.sub(r'"[^"\s]*[/.][^"\s]*"', '""', message)


def unparsable(tree: Path, rel: str) -> bool:
    """A Python file of the tree that does not compile: what a checker reports in it follows
    from the syntax error (impact's IMP301), not from a broken reference."""
    if not rel.endswith(PY):
        return False
    try:
        compile((tree / rel).read_bytes(), rel, "exec", dont_inherit=True)
    except (SyntaxError, ValueError):
        return True
    except OSError:
        return False
    return False


UNKNOWN_SYMBOL = re.compile(r'^"([^"]+)" is unknown import symbol')


def imported_by_target(tree: Path, roots: list[str], site: oracle.Diagnostic) -> bool:
    """`from m import x` where pyright calls `x` an unknown import symbol, but `m` binds `x`
    by an import of its own: that import's third-party module is not installed for the
    checker, which then drops the name; at runtime `m` has it."""
    m = UNKNOWN_SYMBOL.match(site.message)
    if site.code != "reportAttributeAccessIssue" or not m:
        return False
    try:
        module = ast.parse((tree / site.file).read_bytes())
    except (SyntaxError, ValueError, OSError):
        return False
    for node in ast.walk(module):
        if isinstance(node, ast.ImportFrom) and node.lineno <= site.line <= node.end_lineno:
            target = module_file(tree, roots, site.file, node.module or "", node.level)
            return target is not None and binds_by_import(target, m[1])
    return False


def registered_by_module(tree: Path, roots: list[str], site: oracle.Diagnostic) -> bool:
    """An unresolved import below a module of the repository that registers modules at run
    time (writes `sys.modules[...]` or adds an importer to `sys.meta_path`: a vendored six's
    `from .packages.six.moves import queue`): pyright finds no file, the import works."""
    m = MISSING_IMPORT.search(site.message)
    if site.code != "reportMissingImports" or not m:
        return False
    level = len(m[1]) - len(m[1].lstrip("."))
    parts = m[1][level:].split(".")
    for end in range(len(parts) - 1, 0, -1):
        target = module_file(tree, roots, site.file, ".".join(parts[:end]), level)
        if target is not None:
            return registers_modules(target)
    return False


def ignored_target(tree: Path, roots: list[str], site: oracle.Diagnostic) -> bool:
    """An unresolved import of a path the tree's .gitignore files keep out of version control
    (got's `../../dist/source/index.js`, InversifyJS's `../../dts/planning/metadata`, the
    `jsonschema/_version.py` setup.py's versioner writes): a build or an install writes it,
    no file of the revision is missing."""
    target = import_target(tree, roots, site)
    if target is None:
        return False
    git_dir = tree.parent / "ignore.git"
    if not git_dir.is_dir():
        run(["git", "init", "-q", "--bare", str(git_dir)])
    probe = subprocess.run(["git", f"--git-dir={git_dir}", f"--work-tree={tree}", "check-ignore",
                            "--no-index", "--stdin"], input="\n".join(source_files(target)),
                           check=False, capture_output=True, text=True)
    return bool(probe.stdout.strip())


# what TypeScript reads for a specifier without a suffix or with a JavaScript one
TS_SOURCE_SUFFIXES = (".ts", ".tsx", ".d.ts", ".js", ".jsx", ".mjs", ".cjs")
JS_SUFFIX = re.compile(r"\.[mc]?jsx?$")


def source_files(target: str) -> list[str]:
    """The paths an import of `target` may be written by (`../graphiql-html.js` is the
    generated, git-ignored `graphiql-html.ts`; `./graphiqlHTML` its `.ts`): the target itself,
    and for an import path TypeScript resolves, its source files and directory index."""
    if target.endswith(".py"):  # a module or a package (hacs's ignored `hacs/hacs_frontend`)
        return [target, target.removesuffix(".py") + "/__init__.py"]
    stem = JS_SUFFIX.sub("", target)
    return [target, *(stem + suffix for suffix in TS_SOURCE_SUFFIXES),
            *(f"{stem}/index{suffix}" for suffix in TS_SOURCE_SUFFIXES)]


MISSING_NAME = re.compile(r"^Cannot find name '([\w$]+)'")
# the globals Jest, Vitest (`globals: true`), Mocha and Jasmine give a test file
TEST_RUNNER_GLOBALS = frozenset({
    "describe", "it", "test", "expect", "vi", "jest", "beforeEach", "afterEach", "beforeAll",
    "afterAll", "before", "after", "suite", "context", "xit", "xdescribe", "xtest", "fit",
    "fdescribe"})


def test_runner_global(site: oracle.Diagnostic) -> bool:
    """tsc's "Cannot find name 'expect'" (`vi`, `describe`, ...): a test runner's global, whose
    declarations (@types/jest, vitest/globals) are not installed for the checker."""
    m = MISSING_NAME.match(site.message)
    return site.code in ("TS2304", "TS2552", "TS2582", "TS2593") and m is not None \
        and m[1] in TEST_RUNNER_GLOBALS


MISSING_GLOBAL = re.compile(r"^Cannot find (?:name|namespace) '([\w$]+)'")
# the globals of the type packages every React or Node project installs (@types/react,
# @types/node), which the checker runs without
TYPE_PACKAGE_GLOBALS = frozenset({
    "React", "JSX", "NodeJS", "global", "process", "Buffer", "require", "module", "exports",
    "__dirname", "__filename", "setImmediate"})


def type_package_global(site: oracle.Diagnostic) -> bool:
    """tsc's "Cannot find namespace 'React'" (`JSX`, `NodeJS`) or "Cannot find name 'global'"
    (`process`, `Buffer`): a global of @types/react or @types/node, not installed for the
    checker (a site when the head's check reaches a file the base's did not: papermark
    f624275681's new API routes import lib/types.ts)."""
    m = MISSING_GLOBAL.match(site.message)
    return site.code in ("TS2304", "TS2503", "TS2580", "TS2591") and m is not None \
        and m[1] in TYPE_PACKAGE_GLOBALS


ARITY = re.compile(r"Expected (\d+)(?:-(\d+))? arguments?, but got (\d+)")
JAVASCRIPT_FILES = (".js", ".jsx", ".mjs", ".cjs")


def extra_argument_in_javascript(site: oracle.Diagnostic) -> bool:
    """tsc's "Expected 0 arguments, but got 1." in a JavaScript file: JavaScript passes the
    extra argument and the callee ignores it (no build type-checks the file): homepage
    ff4eaa2cd9 calls a `getLoginEndpoint = () => "auth/login"` default with an argument that
    another caller's function reads. Too few arguments stays a site."""
    m = ARITY.search(site.message)
    return site.code == "TS2554" and site.file.endswith(JAVASCRIPT_FILES) and m is not None \
        and int(m[3]) > int(m[2] or m[1])


def import_target(tree: Path, roots: list[str], site: oracle.Diagnostic) -> str | None:
    """The path in the tree an unresolved relative import (TS2307) or local import (pyright)
    names, None when it is neither or points outside the tree."""
    m = MISSING_MODULE.search(site.message)
    if site.code == "TS2307" and m and m[1].startswith("."):
        target = os.path.normpath((Path(site.file).parent / m[1]).as_posix())
        return None if target.startswith("..") else target
    m = MISSING_IMPORT.search(site.message)
    if site.code != "reportMissingImports" or not m:
        return None
    level = len(m[1]) - len(m[1].lstrip("."))
    parts = m[1][level:].split(".")
    if level > len(Path(site.file).parents):
        return None
    if level:
        base = Path(site.file).parents[level - 1]
    else:
        base = next((Path(r) for r in ["", *roots] if (tree / r / parts[0]).is_dir()), None)
    if base is None or not parts[0]:
        return None
    return os.path.normpath(base.joinpath(*parts).as_posix() + ".py")


IMPORT_ERRORS = frozenset({"ImportError", "ModuleNotFoundError", "Exception", "BaseException"})


def guarded_import(tree: Path, site: oracle.Diagnostic) -> bool:
    """pyright's unresolved import on a line a `try:` runs with an `except ImportError` (or
    broader) handler: a probe for an optional module (hacs's `import
    custom_components.custom_updater`, another integration it refuses to run beside), no
    reference the program depends on."""
    if site.code != "reportMissingImports" or not site.file.endswith(PY):
        return False
    try:
        module = ast.parse((tree / site.file).read_bytes())
    except (SyntaxError, ValueError, OSError):
        return False
    return any(isinstance(node, ast.Try) and _catches_import_errors(node)
               and any(isinstance(inner, (ast.Import, ast.ImportFrom)) and inner.lineno == site.line
                       for stmt in node.body for inner in ast.walk(stmt))
               for node in ast.walk(module))


def _catches_import_errors(node: ast.Try) -> bool:
    for handler in node.handlers:
        caught = handler.type
        names = caught.elts if isinstance(caught, ast.Tuple) else [caught]
        if caught is None or any(isinstance(n, ast.Name) and n.id in IMPORT_ERRORS for n in names):
            return True
    return False


def registers_modules(path: Path) -> bool:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return re.search(r"sys\.modules\[[^\]]+\]\s*=[^=]|sys\.meta_path\.(append|insert)\(", text) \
        is not None


def module_file(tree: Path, roots: list[str], importer: str, name: str, level: int
                ) -> Path | None:
    parts = name.split(".") if name else []
    if level:
        bases = [(tree / importer).parents[level - 1]]
    else:
        bases = [tree / r for r in ["", *roots]]
    for base in bases:
        stem = base.joinpath(*parts)
        for candidate in (stem.with_suffix(".py"), stem / "__init__.py"):
            if parts and candidate.is_file() or not parts and candidate.name == "__init__.py" \
                    and candidate.is_file():
                return candidate
    return None


def binds_by_import(path: Path, name: str) -> bool:
    try:
        module = ast.parse(path.read_bytes())
    except (SyntaxError, ValueError, OSError):
        return False
    return any(isinstance(node, (ast.Import, ast.ImportFrom))
               and any((a.asname or a.name.split(".")[0]) == name for a in node.names)
               for node in ast.walk(module))


def run_oracle(tools: Path, trees: tuple[Path, Path], language: str, changed: list[str],
               timeout: float, renamed: dict[str, str], members: bool = False) -> OracleRun:
    """The checker's new sites in the broken tree; with `members` (a method removed while
    callers remain) an attribute a class no longer has counts too (oracle.MEMBER_ACCESS)."""
    files = files_to_check(trees, language, changed)
    extra = (oracle.MEMBER_ACCESS,) if members else ()
    results = []
    try:
        if language == "python":
            names = local_names(tree_files(trees[0], PY) + tree_files(trees[1], PY),
                                python_roots(trees[0]) + python_roots(trees[1]))
            for tree in trees:
                checker = oracle.Pyright(tools, tree, tuple(python_roots(tree)), timeout,
                                         (oracle.RELEVANT_PYRIGHT, *extra))
                present = [f for f in files if (tree / f).exists()]
                roots = python_roots(tree)
                results.append([d for d in checker.diagnostics(present) if is_local(d, names, ())
                                and not guarded_import(tree, d)
                                and not imported_by_target(tree, roots, d)
                                and not registered_by_module(tree, roots, d)
                                and not ignored_target(tree, roots, d)])
            name = "pyright"
        else:
            config = tsconfig_options(trees[1], changed) or tsconfig_options(trees[0], changed)
            if config is None and any(f.endswith(PY) for f in changed):
                # tsc cannot run: the Python files of the change are checked (OctoPrint
                # ad2f28d086, one module and two scripts of a tree without a tsconfig)
                return run_oracle(tools, trees, "python", changed, timeout, renamed, members)
            if config is None:
                return OracleRun("none", [], "no tsconfig/jsconfig: judged by hand")
            options, aliases = with_workspace_packages(trees[1], *config)
            for tree in trees:
                checker = oracle.Tsc(tools, tree, {**options, "jsx": "preserve"}, timeout,
                                     (oracle.RELEVANT_TSC, *extra))
                present = [f for f in files if (tree / f).exists()] + global_declarations(tree)
                results.append([d for d in checker.diagnostics(present)
                                if is_local(d, set(), aliases, tree)
                                and not ignored_target(tree, [], d)
                                and not test_runner_global(d) and not type_package_global(d)
                                and not extra_argument_in_javascript(d)])
            name = "tsc"
    except (OracleSetupError, SetupError) as exc:
        return OracleRun("none", [], f"checker failed: {exc}"[:300])
    new = new_sites(results[0], results[1], renamed)
    sites = [Site(d.file, d.line, d.code, d.message[:300]) for d in new
             if not unparsable(trees[1], d.file)]
    note = f"{len(files)} files checked"
    if len(sites) < len(new):
        note += f"; {len(new) - len(sites)} sites in files with a syntax error left out"
    return OracleRun(name, sites, note)


# --------------------------------------------------------------------------- impact


def impact_sites(findings: list[dict]) -> list[tuple[str, int, dict]]:
    """(file, line, finding) of every head location a finding points at."""
    sites = []
    for f in findings:
        if f.get("revision") == "head":
            sites.append((f["file"], f["line"], f))
        for consumer in f.get("consumers") or ():
            sites.append((consumer["file"], consumer["line"], f))
    return sites


def matches(site: dict, impact: list[tuple[str, int, dict]], errors_only: bool) -> bool:
    return any(file == site["file"] and abs(line - site["line"]) <= 1
               and (not errors_only or f["severity"] == "error") for file, line, f in impact)


def confirmed(finding: dict, oracle_sites: list[dict]) -> bool:
    """An impact finding the oracle confirms: one of its head sites is an oracle site."""
    return any(file == s["file"] and abs(line - s["line"]) <= 1
               for file, line, _ in impact_sites([finding]) for s in oracle_sites)


def verdict(record: dict) -> str:
    sites, findings = record["oracle_sites"], record["findings"]
    errors = [f for f in findings if f["severity"] == "error"]
    if record["oracle"] == "none":
        return "hand"
    if sites:
        caught = sum(1 for s in sites if s["matched"])
        return "caught" if caught == len(sites) else "partly" if caught else "missed"
    return "impact-only" if errors else "no-break"


def run_impact(clone: Path, base: str, head: str, args: argparse.Namespace
               ) -> tuple[str, list[dict], ecosystem.Outcome]:
    """impact's outcome class and findings on the break `base -> head`."""
    cmd = [*ecosystem.impact_command(), "--repo", str(clone), "--cache-dir",
           str(args.work / "cache"), "diff", base, head, "--format", "json"]
    outcome = ecosystem.run_once(cmd, args.timeout, impact_env())
    status = ecosystem.classify(outcome)
    findings = []
    if status in ("clean", "findings"):
        findings = json.loads(outcome.stdout)["findings"]
    return status, findings, outcome


KEEP = ("code", "severity", "file", "line", "symbol", "message", "origin", "revision", "consumers")


def with_findings(record: dict, status: str, findings: list[dict], outcome) -> dict:
    """`record` with impact's outcome and findings, its oracle sites matched against them and
    its verdict."""
    oracle_sites = record["oracle_sites"]
    sites = impact_sites(findings)
    for s in oracle_sites:
        s["matched"] = matches(s, sites, errors_only=True)
        s["matched_any"] = matches(s, sites, errors_only=False)
    record.update({
        "impact_outcome": status, "impact_seconds": round(outcome.seconds, 2),
        "findings": [{**{k: f.get(k) for k in KEEP}, "confirmed": confirmed(f, oracle_sites)}
                     for f in findings],
    })
    record.pop("stderr", None)
    if status not in ("clean", "findings"):
        record["stderr"] = outcome.stderr[-2000:]
    record["verdict"] = verdict(record)
    return record


def refresh_impact(args: argparse.Namespace, repos: list[Repo]) -> None:
    """Run impact again (the code as it is now) on every recorded candidate of `repos`, keeping
    the oracle's sites: the "after" of a round of fixes without type checking again."""
    wanted = {r.name: r for r in repos}
    records = load_results(args.results)
    for record in records:
        if record["repo"] not in wanted:
            continue
        clone = ecosystem.clone(wanted[record["repo"]], args.mirrors, args.work / "clones")
        before = record["verdict"], sum(f["severity"] == "error" for f in record["findings"])
        with_findings(record, *run_impact(clone, record["parent"], record["sha"], args))
        after = record["verdict"], sum(f["severity"] == "error" for f in record["findings"])
        print(f"  {record['repo']} {record['sha'][:10]} {before} -> {after}", flush=True)
    with args.results.open("w", encoding="utf-8") as out:
        out.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def check(candidate: Candidate, clone: Path, args: argparse.Namespace, tools: Path) -> dict:
    code = changed_code(clone, candidate.base, candidate.head) or []
    changed = [f for _, f in code]
    language = "python" if sum(f.endswith(PY) for f in changed) * 2 >= len(changed) else "typescript"
    status, findings, outcome = run_impact(clone, candidate.base, candidate.head, args)
    try:
        trees = (export_tree(clone, candidate.base, args.work / "trees" / "base"),
                 export_tree(clone, candidate.head, args.work / "trees" / "head"))
        checked = run_oracle(tools, trees, language, changed, args.oracle_timeout,
                             renamed_files(clone, candidate.base, candidate.head),
                             members=break_hints.REMOVED_METHOD in candidate.hint)
    except SetupError as exc:
        checked = OracleRun("none", [], f"no trees: {exc}"[:300])
    oracle_sites = [{"file": s.file, "line": s.line, "code": s.code, "message": s.message}
                    for s in checked.sites]
    record = {
        "repo": candidate.repo, "kind": candidate.kind, "source": candidate.source,
        "sha": candidate.head, "parent": candidate.base, "subject": candidate.subject,
        "hint": candidate.hint, "language": language, "changed": changed,
        "oracle": checked.checker, "oracle_note": checked.note, "oracle_sites": oracle_sites,
    }
    return with_findings(record, status, findings, outcome)


# --------------------------------------------------------------------------- summary


def site_id(record: dict, site: dict) -> str:
    """The key of an oracle site in the triage file's `oracle_sites`."""
    return f"{record['repo']} {record['sha'][:12]} {site['file']}:{site['line']} {site['code']}"


def load_site_verdicts(path: Path) -> dict[str, dict]:
    """Hand verdicts on oracle sites that are no break (`verdict: false` with a `cause`): the
    checker's own artefacts that the automatic filters do not catch."""
    if not path.exists():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    verdicts = data.get("oracle_sites") or {}
    for key, entry in verdicts.items():
        if not isinstance(entry, dict) or entry.get("verdict") is not False or not entry.get("cause"):
            raise SetupError(f"{path.name}: oracle site `{key}` needs `verdict: false` and a `cause`")
    return verdicts


def drop_false_sites(records: list[dict], verdicts: dict[str, dict]) -> list[dict]:
    """The records with the oracle sites judged no break moved to `false_sites` (and the
    verdict recomputed): a finding at such a site only is no longer confirmed (supabase-js's
    IMP102 of `wrapper.mjs`, where tsc reports the same import of the build's output)."""
    out = []
    for r in records:
        keep = [s for s in r["oracle_sites"] if site_id(r, s) not in verdicts]
        if len(keep) < len(r["oracle_sites"]):
            r = {**r, "oracle_sites": keep, "false_sites": [
                {**s, **verdicts[site_id(r, s)]} for s in r["oracle_sites"]
                if site_id(r, s) in verdicts],
                 "findings": [{**f, "confirmed": confirmed(f, keep)} for f in r["findings"]]}
            r["verdict"] = verdict(r)
        out.append(r)
    return out


def recall_line(records: list[dict]) -> str:
    sites = [s for r in records for s in r["oracle_sites"]]
    at_error = sum(s["matched"] for s in sites)
    at_any = sum(s["matched_any"] for s in sites)
    with_sites = [r for r in records if r["oracle_sites"]]
    caught = sum(1 for r in with_sites if any(s["matched"] for s in r["oracle_sites"]))
    pct = (lambda n, d: f"{100 * n / d:.0f}%" if d else "-")
    return (f"- recall against the oracle: {at_error} of {len(sites)} oracle sites found as"
            f" errors ({pct(at_error, len(sites))}), {at_any} at any severity"
            f" ({pct(at_any, len(sites))}); {caught} of {len(with_sites)} candidates with oracle"
            " sites have at least one found")


def candidate_rows(records: list[dict]) -> list[list[str]]:
    rows = []
    for r in records:
        errors = [f for f in r["findings"] if f["severity"] == "error"]
        warnings = [f for f in r["findings"] if f["severity"] != "error"]
        sites = r["oracle_sites"]
        rows.append([
            r["repo"], f"{r['kind']} `{r['source'][:10]}`", f"`{r['parent'][:10]}..{r['sha'][:10]}`",
            r["subject"][:60].replace("|", "/"), r["oracle"],
            f"{sum(s['matched'] for s in sites)}/{len(sites)}",
            ecosystem.counts(Counter(f["code"] for f in errors)),
            ecosystem.counts(Counter(f["code"] for f in warnings)), r["verdict"],
        ])
    return rows


def summary(records: list[dict], triage: ecosystem.Triage, meta: dict) -> str:
    unconfirmed = [(r, f) for r in records for f in r["findings"]
                   if f["severity"] == "error" and not f["confirmed"]]
    judged = [(r, f, triage.verdicts.get(finding_id(r, f), {})) for r, f in unconfirmed]
    true = [j for j in judged if j[2].get("verdict") is True]
    false = [j for j in judged if j[2].get("verdict") is False]
    untriaged = [j for j in judged if j[2].get("verdict") is None]
    errors = sum(1 for r in records for f in r["findings"] if f["severity"] == "error")
    confirmed_errors = errors - len(unconfirmed)
    parts = [
        f"- command: `{meta['command']}`", f"- impact: {meta['impact']}",
        (f"- candidates: {len(records)} from {len({r['repo'] for r in records})} repositories;"
         f" verdicts: {ecosystem.counts(Counter(r['verdict'] for r in records))}"),
        recall_line(records),
        f"- impact's error-level findings: {errors}; {confirmed_errors} at an oracle site,"
        f" {len(unconfirmed)} not (judged by hand: {len(true)} true, {len(false)} false,"
        f" {len(untriaged)} untriaged); **precision {100 * (errors - len(false)) / errors:.0f}%**"
        if errors else "- impact's error-level findings: 0",
        "",
        markdown_table(["repository", "candidate", "break (base..head)", "subject", "oracle",
                        "oracle sites found", "impact errors", "impact warnings", "verdict"],
                       candidate_rows(records)),
        "",
    ]
    for title, group in (("Findings the oracle does not confirm, judged true", true),
                         ("... judged false", false), ("... untriaged", untriaged)):
        if group:
            parts += [f"{title}:", ""]
            parts += [f"- `{finding_id(r, f)}` line {f['line']}: {f['message'][:200]}"
                      + (f" — {v.get('note') or v.get('cause')}" if v else "")
                      for r, f, v in group]
            parts.append("")
    missed = [(r, s) for r in records for s in r["oracle_sites"] if not s["matched"]]
    if missed:
        parts += ["Oracle sites impact does not report as errors:", ""]
        parts += [f"- {r['repo']} `{r['sha'][:10]}` {s['file']}:{s['line']} {s['code']}:"
                  f" {s['message'][:160]}" + (" (a warning)" if s["matched_any"] else "")
                  for r, s in missed]
        parts.append("")
    false_sites = [(r, s) for r in records for s in r.get("false_sites", ())]
    if false_sites:
        parts += ["Oracle sites judged no break by hand (left out of recall):", ""]
        parts += [f"- `{site_id(r, s)}`: {s['message'][:120]} — {s.get('note') or s['cause']}"
                  for r, s in false_sites]
        parts.append("")
    hand = [r for r in records if r["oracle"] == "none"]
    if hand:
        parts += ["No checker ran (judged by hand):", ""]
        parts += [f"- {r['repo']} `{r['sha'][:10]}`: {r['oracle_note']}" for r in hand]
        parts.append("")
    return "\n".join(parts) + "\n"


# --------------------------------------------------------------------------- main


def parse_options() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repo", action="append", choices=[r.name for r in REPOS],
                        metavar="OWNER/NAME", help="only this repository (repeatable)")
    parser.add_argument("--per-repo", type=int, default=3,
                        help="candidates per repository from fix and revert messages")
    parser.add_argument("--scan", type=int, default=0,
                        help="intermediate breaks per repository found by scanning the history")
    parser.add_argument("--order", choices=("newest", "strong"), default="newest",
                        help="newest candidates first, or the strong fix subjects first")
    parser.add_argument("--timeout", type=float, default=300, help="seconds per impact run")
    parser.add_argument("--oracle-timeout", type=float, default=400,
                        help="seconds per type checker run")
    parser.add_argument("--work", type=Path, default=DEFAULT_WORK,
                        help=f"clones, trees, tools, cache and results (default {DEFAULT_WORK})")
    parser.add_argument("--mirrors", type=Path, default=ecosystem.DEFAULT_MIRRORS)
    parser.add_argument("--triage", type=Path, default=TRIAGE)
    parser.add_argument("--results-file", type=Path)
    parser.add_argument("--fresh", action="store_true", help="forget earlier results")
    parser.add_argument("--list", action="store_true", help="only list the candidates")
    parser.add_argument("--report", action="store_true", help="only summarise earlier results")
    parser.add_argument("--refresh-impact", action="store_true",
                        help="run impact again on the recorded candidates (the oracle's sites kept)")
    args = parser.parse_args()
    args.work = args.work.resolve()
    args.work.mkdir(parents=True, exist_ok=True)
    args.results = args.results_file or args.work / "results.jsonl"
    return args


def run_all(args: argparse.Namespace, repos: list[Repo]) -> None:
    tools = oracle.install(args.work / "tools")
    done = {(r["repo"], r["parent"], r["sha"]) for r in load_results(args.results)}
    for repo in repos:
        clone = ecosystem.clone(repo, args.mirrors, args.work / "clones")
        candidates = mine(clone, repo, args.per_repo, args.order == "strong", args.scan)
        print(f"{repo.name}: {len(candidates)} candidates", flush=True)
        for c in candidates:
            if args.list or (c.repo, c.base, c.head) in done:
                print(f"  {c.kind} {c.source[:10]} {c.base[:10]}..{c.head[:10]} {c.subject[:70]}"
                      f"\n      hint: {c.hint or '-'}")
                continue
            start = time.monotonic()
            record = check(c, clone, args, tools)
            with args.results.open("a", encoding="utf-8") as out:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
            print(f"  {c.kind} {c.source[:10]} {record['verdict']:<11} oracle {record['oracle']}"
                  f" {len(record['oracle_sites'])} sites, impact"
                  f" {sum(f['severity'] == 'error' for f in record['findings'])} errors"
                  f" ({time.monotonic() - start:.0f} s)  {c.subject[:50]}", flush=True)


def main() -> int:
    args = parse_options()
    repos = [r for r in REPOS if not args.repo or r.name in args.repo]
    command = " ".join(["python benchmarks/real_breaks.py", *sys.argv[1:]])
    try:
        triage = load_triage(args.triage)
        if args.fresh:
            args.results.unlink(missing_ok=True)
        if args.refresh_impact:
            check_impact_runs()
            refresh_impact(args, repos)
        elif not args.report:
            check_impact_runs()
            run_all(args, repos)
            if args.list:
                return 0
        meta = ecosystem.run_meta(command)
    except (SetupError, OracleSetupError) as exc:
        print(f"setup failed: {exc}", file=sys.stderr)
        return 2
    wanted = {r.name for r in repos}
    records = [r for r in load_results(args.results) if r["repo"] in wanted]
    records = drop_false_sites(records, load_site_verdicts(args.triage))
    text = summary(records, triage, meta)
    print("\n" + text)
    (args.work / "summary.md").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
