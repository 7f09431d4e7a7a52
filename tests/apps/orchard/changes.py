"""orchard: a Quart API (`Quart(__name__)`, blueprints registered with `url_prefix=`, async views
`@bp.get(path)` / `@bp.post(path)` / `@bp.delete(path)` answering `jsonify([...])` or a
serializer's dict, the body read with `data = await request.get_json()`: `data["kilos"]`
required, `data.get("picker", "")` not) and a React Router v7 app in framework mode: routes
declared in `app/routes.ts`, each route module's `loader` / `action` calling the API on the
server through wrappers of `app/api.server.ts` (a `call<T>(path, init)` over `fetch` under
`process.env.API_URL ?? "http://localhost:8000/api"`); the loader's data read in the component
through the `loaderData` prop (`Route.ComponentProps`, typegen'd) and through
`useLoaderData<typeof loader>()`, handed to a row component's prop."""

BACK = "backend/orchard"
WEB = "web/app"

CHANGES = {
    # Pruning is /trim now; the action's wrapper still posts to /prune.
    "prune-route-renamed": [
        ("edit", f"{BACK}/trees.py", '@trees.post("/<int:tree_id>/prune")',
         '@trees.post("/<int:tree_id>/trim")'),
    ],
    # A harvest is voided with a POST now; the wrapper still sends DELETE (a 405).
    "delete-verb-changed": [
        ("edit", f"{BACK}/harvests.py", '@harvests.delete("/<int:harvest_id>")',
         '@harvests.post("/<int:harvest_id>/void")'),
    ],
    # The harvests blueprint moved into a package; app.py still imports orchard.harvests.
    "harvests-module-moved": [
        ("move", f"{BACK}/harvests.py", f"{BACK}/views/harvests.py"),
        ("write", f"{BACK}/views/__init__.py", ""),
    ],
    # A tree's `variety` is `cultivar`; the row and the tree page still show `variety`.
    "variety-renamed": [
        ("edit", f"{BACK}/trees.py", '"variety": tree.variety', '"cultivar": tree.variety'),
    ],
    # A harvest no longer names its picker; the tree page still shows it.
    "picker-dropped": [
        ("edit", f"{BACK}/harvests.py", '        "picker": harvest.picker,\n', ""),
    ],
    # A harvest must name its picker now; the wrapper still records one without (a 400/500).
    "picker-now-required": [
        ("edit", f"{BACK}/harvests.py", 'picker=data.get("picker", "")', 'picker=data["picker"]'),
    ],
    # Refactor: the prune route is renamed with its client.
    "refactor-prune-route-with-client": [
        ("edit", f"{BACK}/trees.py", '@trees.post("/<int:tree_id>/prune")',
         '@trees.post("/<int:tree_id>/trim")'),
        ("edit", f"{WEB}/api.server.ts", "`/trees/${id}/prune`", "`/trees/${id}/trim`"),
    ],
    # Refactor: more fields served, an optional one accepted; nothing read goes away.
    "refactor-fields-added": [
        ("edit", f"{BACK}/trees.py", '"pruned": tree.pruned}', '"pruned": tree.pruned, "age": 5}'),
        ("edit", f"{BACK}/harvests.py", '"kilos": harvest.kilos,\n',
         '"kilos": harvest.kilos,\n        "grade": "A",\n'),
        ("edit", f"{BACK}/harvests.py", "kilos=data[\"kilos\"],",
         "kilos=data[\"kilos\"], grade=data.get(\"grade\"),"),
        ("edit", f"{BACK}/store.py", "    picker: str\n", "    picker: str\n    grade: str | None = None\n"),
    ],
}
