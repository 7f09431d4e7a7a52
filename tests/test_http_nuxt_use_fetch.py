"""Nuxt's `useFetch(url)`: its `data` ref holds the body (a template reads it unwrapped),
unless `transform` or `pick` reshape it; a read through `data.value` (a script's, or a
template's of a field `value`: the steps do not tell them apart) is not judged."""

from __future__ import annotations

from conftest import selected_keys

SERVER = """\
from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/api/items")
async def items(request):
    return web.json_response([{"id": 1, "expires": "2026-12-31"}])

app = web.Application()
app.add_routes(routes)
"""
PAGE = """\
<script setup lang="ts">
const { data: items } = await useFetch('/api/items')
</script>

<template>
  <ul><li v-for="item in items" :key="item.id">{{ item.expires }}</li></ul>
</template>
"""
BASE = {"api/app.py": SERVER, "web/pages/index.vue": PAGE}
DROPPED = {"api/app.py": SERVER.replace(', "expires": "2026-12-31"', "")}


def test_a_template_reads_the_data_of_use_fetch():
    assert sorted(k[:4] for k in selected_keys(BASE, DROPPED, ("IMP402",))) == \
        [("IMP402", "web/pages/index.vue", 6, "error")]


def test_a_transformed_use_fetch_is_not_judged():
    page = PAGE.replace("useFetch('/api/items')", "useFetch('/api/items', { transform: (x) => x })")
    assert selected_keys(dict(BASE, **{"web/pages/index.vue": page}), DROPPED, ("IMP402",)) == []


def test_a_read_through_the_refs_value_is_not_judged():
    """`item.value` in the script is the ref's value, not the body's field `value`."""
    server = SERVER + """

@routes.get("/api/item")
async def item(request):
    return web.json_response({"id": 1, "value": 3})
"""
    page = PAGE.replace("</script>", "const { data: item } = await useFetch('/api/item')\n"
                                     "const known = item.value !== null\n</script>")
    base = {"api/app.py": server, "web/pages/index.vue": page}
    dropped = {"api/app.py": server.replace(', "value": 3', "")}
    assert selected_keys(base, dropped, ("IMP402",)) == []
