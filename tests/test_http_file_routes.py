"""Handlers routed by their file's path besides Next.js: Nuxt (Nitro) `server/api/**` and
`server/routes/**` (a `.get`/`.post` suffix takes one method, `index` is its folder) in a
project with a `nuxt.config.*`, called with `useFetch`/`$fetch` from components; SvelteKit
`src/routes/**/+server.ts` exporting GET/POST/... in a project with a `svelte.config.js`.
The cases run in memory (conftest.selected_keys)."""

from __future__ import annotations

from conftest import selected_keys

from impact.http import may_be_routed_by_path

HANDLER = "export default defineEventHandler(async (event) => {\n  return { ok: true };\n});\n"
PAGE = '''\
<script setup lang="ts">
const route = useRoute();
const { data: ticket } = await useFetch(`/api/tickets/${route.params.id}`);
async function close() {
  await $fetch(`/api/tickets/${route.params.id}/close`, { method: 'POST' });
}
</script>

<template><button @click="close">{{ ticket?.title }}</button></template>
'''
NUXT = {"web/nuxt.config.ts": "export default defineNuxtConfig({});\n",
        "web/server/api/tickets/[id].get.ts": HANDLER,
        "web/server/api/tickets/[id]/close.post.ts": HANDLER,
        "web/server/routes/health.ts": HANDLER,
        "web/pages/tickets/[id].vue": PAGE}


def _keys(base: dict, change: dict) -> list[tuple]:
    """(code, file, line, severity) of each finding."""
    return sorted(k[:4] for k in selected_keys(base, change, ("IMP4",)))


def test_a_removed_nuxt_server_route_is_reported_at_the_components_calls():
    keys = _keys(NUXT, {"web/server/api/tickets/[id]/close.post.ts": None})
    assert ("IMP401", "web/pages/tickets/[id].vue", 5, "error") in keys
    keys = _keys(NUXT, {"web/server/api/tickets/[id].get.ts": None,
                        "web/server/api/tickets/[id].ts": HANDLER})  # any method now: served
    assert keys == []
    keys = _keys(NUXT, {"web/server/api/tickets/[id].get.ts": None,
                        "web/server/api/tickets/[id].delete.ts": HANDLER})
    assert ("IMP401", "web/pages/tickets/[id].vue", 3, "error") in keys


def test_without_a_nuxt_config_the_server_folder_routes_nothing():
    base = {k: v for k, v in NUXT.items() if k != "web/nuxt.config.ts"}
    assert _keys(base, {"web/server/api/tickets/[id]/close.post.ts": None}) == []


SVELTE_PAGE = '''\
<script lang="ts">
  export let data;
  async function close(id: string) {
    await fetch(`/api/tickets/${id}/close`, { method: 'POST' });
  }
</script>

<button on:click={() => close(data.id)}>close</button>
'''
SERVER = "export async function POST({ params }) {\n  return new Response('{}');\n}\n"
SVELTEKIT = {"svelte.config.js": "export default {};\n",
             "src/routes/api/tickets/[id=ticket]/close/+server.ts": SERVER,
             "src/routes/(app)/tickets/[id]/+page.svelte": SVELTE_PAGE}


def test_a_sveltekit_endpoint_that_loses_its_method_is_reported_at_the_components_call():
    keys = _keys(SVELTEKIT, {"src/routes/api/tickets/[id=ticket]/close/+server.ts":
                             SERVER.replace("function POST", "function PUT")})
    assert ("IMP401", "src/routes/(app)/tickets/[id]/+page.svelte", 4, "error") in keys
    fallback = SERVER.replace("function POST", "function fallback")
    assert _keys(SVELTEKIT, {"src/routes/api/tickets/[id=ticket]/close/+server.ts": fallback}) == []


def test_the_files_a_framework_may_route_by_path_are_known_to_the_index():
    assert all(map(may_be_routed_by_path, [
        "web/server/api/tickets/[id].get.ts", "server/routes/health.ts",
        "src/routes/api/x/+server.ts", "app/api/x/route.ts", "pages/api/x.js"]))
    assert not any(map(may_be_routed_by_path, [
        "web/server/utils/db.ts", "src/routes/x/+page.svelte", "src/lib/server.ts"]))
