"""pottery: a FastAPI app that mounts a second FastAPI app (`app.mount("/api", api)`) whose
kilns router is included twice, under `/v2/kilns` and under the `/kilns` the first tablets
were built against; a SvelteKit frontend whose `+page.ts` load functions fetch the API with the
`fetch` SvelteKit gives them (`$props()` pages, Svelte 5) and whose actions call `$lib/api`."""

BACK = "backend/pottery"
WEB = "web/src"

LEGACY_INCLUDE = ('# the paths the first studio tablets were built against, kept while they are in use\n'
                  'api.include_router(kilns.router, prefix="/kilns", deprecated=True)\n')

CHANGES = {
    # The old `/kilns` paths are gone; the kiln page still loads /api/kilns/1 (a 404).
    "legacy-kilns-prefix-dropped": [
        ("edit", f"{BACK}/api.py", LEGACY_INCLUDE, ""),
    ],
    # `maxTempC` is `maxTemp` now; the kiln list shows `kiln.maxTempC` (undefined).
    "max-temp-renamed": [
        ("edit", f"{BACK}/routers/kilns.py", "    maxTempC: int\n", "    maxTemp: int\n"),
        ("edit", f"{BACK}/routers/kilns.py", 'maxTempC=kiln["max_temp_c"]', 'maxTemp=kiln["max_temp_c"]'),
    ],
    # Every firing names its glaze; the form posts `{ kilnId, cone }` (a 422).
    "glaze-now-required": [
        ("edit", f"{BACK}/routers/firings.py", "    cone: str\n    glaze: str | None = None\n",
         "    cone: str\n    glaze: str\n"),
    ],
    # Venting is a PUT now, under both prefixes; the client still POSTs (a 405).
    "vent-is-put": [
        ("edit", f"{BACK}/routers/kilns.py", '@router.post("/{kiln_id}/vent"', '@router.put("/{kiln_id}/vent"'),
    ],
    # The firings moved to /v3; the firings page and the form still call /api/v2/firings.
    "firings-prefix-moved": [
        ("edit", f"{BACK}/api.py", 'prefix="/v2/firings"', 'prefix="/v3/firings"'),
    ],
    # The status is no longer sent; the kiln page shows `data.kiln.status` (undefined).
    "status-dropped": [
        ("edit", f"{BACK}/routers/kilns.py", "    maxTempC: int\n    status: str\n", "    maxTempC: int\n"),
        ("edit", f"{BACK}/routers/kilns.py", ', status=kiln["status"])', ")"),
    ],
    # cone_temperature takes the heating rate too; start_firing gives the cone only.
    "cone-temperature-signature-changed": [
        ("edit", f"{BACK}/cones.py", "def cone_temperature(cone):\n    return CONES[cone]",
         "def cone_temperature(cone, rate_per_hour):\n    return CONES[cone] + (rate_per_hour - 60) // 10"),
    ],
    # Refactor: the old prefix dropped once the kiln page loads /api/v2/kilns/{id}.
    "refactor-legacy-prefix-dropped-with-client": [
        ("edit", f"{BACK}/api.py", LEGACY_INCLUDE, ""),
        ("edit", f"{WEB}/routes/kilns/[id]/+page.ts", "`/api/kilns/${params.id}`", "`/api/v2/kilns/${params.id}`"),
    ],
    # Refactor: a kiln says where it stands too (the pages ignore it).
    "refactor-location-added": [
        ("edit", f"{BACK}/routers/kilns.py", "    status: str\n", '    status: str\n    location: str = "studio"\n'),
    ],
}
