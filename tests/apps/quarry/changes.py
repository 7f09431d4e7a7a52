"""quarry: a Flask API whose blueprints are registered under a prefix read from the app's
config (`app.config.from_object(Config)`, `register_blueprint(bp, url_prefix=app.config
["API_PREFIX"])`), and a TypeScript frontend on an in-repo wrapper object (`api.get(path)`,
`api.post(path, body)` over one `request(method, path, body)` fetch function) whose order
payload is built by a function of another module (`const payload = orderPayload(form)`)."""

BACK = "backend/quarry"
WEB = "web/src"

CHANGES = {
    # A block is cut at /cut now; the frontend still posts to /split (a 404).
    "split-route-renamed": [
        ("edit", f"{BACK}/blocks.py", '"/blocks/<int:block_id>/split"', '"/blocks/<int:block_id>/cut"'),
    ],
    # The API moved to /api/v2 in the config; the frontend still calls /api/v1 (every call a 404).
    "prefix-moved-in-config": [
        ("edit", f"{BACK}/config.py", 'API_PREFIX = "/api/v1"', 'API_PREFIX = "/api/v2"'),
    ],
    # A block's `weightKg` is `weight` now; the table still shows `block.weightKg`.
    "weight-key-renamed": [
        ("edit", f"{BACK}/blocks.py", '"weightKg": block["weight_kg"]', '"weight": block["weight_kg"]'),
    ],
    # An order must name the quarry face it is cut from; the payload builder does not send it (a 400).
    "face-now-required": [
        ("edit", f"{BACK}/orders.py", '    customer = data["customer"]\n',
         '    customer = data["customer"]\n    face = data["face"]\n'),
        ("edit", f"{BACK}/orders.py", '        "status": "placed",\n', '        "face": face,\n        "status": "placed",\n'),
    ],
    # The stone helpers moved into a package without their importer.
    "stone-module-moved": [
        ("move", f"{BACK}/stone.py", f"{BACK}/geology/stone.py"),
        ("write", f"{BACK}/geology/__init__.py", ""),
    ],
    # piece_weight takes the pieces' count and the saw's kerf now; its caller gives two arguments.
    "piece-weight-signature-changed": [
        ("edit", f"{BACK}/stone.py", "def piece_weight(block, pieces):\n    return round(block[\"weight_kg\"] / pieces, 1)",
         "def piece_weight(block, pieces, kerf_kg):\n    return round((block[\"weight_kg\"] - kerf_kg) / pieces, 1)"),
    ],
    # Refactor: the prefix moved to /api/v2 with the frontend's base.
    "refactor-prefix-moved-with-client": [
        ("edit", f"{BACK}/config.py", 'API_PREFIX = "/api/v1"', 'API_PREFIX = "/api/v2"'),
        ("edit", f"{WEB}/api.ts", "const BASE = '/api/v1';", "const BASE = '/api/v2';"),
    ],
    # Refactor: an order may say its face (optional), a block says its face.
    "refactor-optional-face": [
        ("edit", f"{BACK}/orders.py", '        "note": data.get("note", ""),\n',
         '        "note": data.get("note", ""),\n        "face": data.get("face"),\n'),
        ("edit", f"{BACK}/blocks.py", '        "grade": grade_of(block),\n',
         '        "grade": grade_of(block),\n        "face": block["face"],\n'),
    ],
}
