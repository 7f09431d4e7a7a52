"""apothecary: a Flask app factory loading its config by import string
(`app.config.from_object("apothecary.settings.Config")`) and registering its blueprints under
`app.config["API_PREFIX"]`; a TypeScript frontend on an in-repo `XMLHttpRequest` helper
(`send(method, url, body)`: `xhr.open(method, url)`, `xhr.send(JSON.stringify(body))`), and an
order sent through a plain function's parameter (`placeOrder(payload)` posts `payload` to a fixed
URL; the form calls it with an object literal)."""

BACK = "backend/apothecary"
WEB = "web/src"

CHANGES = {
    # Restocking is /refill now; the frontend still posts to /restock (a 404).
    "restock-route-renamed": [
        ("edit", f"{BACK}/remedies.py", '"/remedies/<int:remedy_id>/restock"', '"/remedies/<int:remedy_id>/refill"'),
    ],
    # The API moved to /api/v2 in the settings; every call of the frontend is a 404.
    "prefix-moved-in-settings": [
        ("edit", f"{BACK}/settings.py", 'API_PREFIX = "/api/v1"', 'API_PREFIX = "/api/v2"'),
    ],
    # A remedy's `stockMg` is `stock` now; the table still shows `remedy.stockMg` (undefined mg).
    "stock-key-renamed": [
        ("edit", f"{BACK}/remedies.py", '"stockMg": remedy["stock_mg"]', '"stock": remedy["stock_mg"]'),
    ],
    # An order must say who prescribed it; the order form does not send it (a 400).
    "prescriber-now-required": [
        ("edit", f"{BACK}/orders.py", '    patient = data["patient"]\n',
         '    patient = data["patient"]\n    prescriber = data["prescriber"]\n'),
        ("edit", f"{BACK}/orders.py", '        "patient": patient,\n',
         '        "patient": patient,\n        "prescriber": prescriber,\n'),
    ],
    # The restock body's `amount_mg` is read as `grams` now; the frontend sends `amount_mg` (a 400).
    "restock-amount-renamed": [
        ("edit", f"{BACK}/remedies.py", 'int(data["amount_mg"])', 'int(data["grams"]) * 1000'),
    ],
    # daily_dose takes the patient's age too; its caller gives two arguments.
    "daily-dose-signature-changed": [
        ("edit", f"{BACK}/dosage.py", 'def daily_dose(remedy, weight_kg):\n    return round(remedy["mg_per_kg"] * weight_kg, 1)',
         ('def daily_dose(remedy, weight_kg, age):\n    factor = 0.5 if age < 12 else 1.0\n'
         '    return round(remedy["mg_per_kg"] * weight_kg * factor, 1)')),
        ("edit", f"{BACK}/dosage.py", "daily_dose(remedy, weight_kg))", "daily_dose(remedy, weight_kg, 18))"),
    ],
    # Refactor: the API moved to /api/v2 with the frontend's URLs.
    "refactor-prefix-moved-with-client": [
        ("edit", f"{BACK}/settings.py", 'API_PREFIX = "/api/v1"', 'API_PREFIX = "/api/v2"'),
        ("edit", f"{WEB}/remedies.ts", "const API = '/api/v1';", "const API = '/api/v2';"),
        ("edit", f"{WEB}/orders.ts", "'/api/v1/orders'", "'/api/v2/orders'"),
    ],
    # Refactor: an order may name its prescriber (optional); a remedy says its unit too.
    "refactor-optional-prescriber": [
        ("edit", f"{BACK}/orders.py", '        "note": data.get("note", ""),\n',
         '        "note": data.get("note", ""),\n        "prescriber": data.get("prescriber"),\n'),
        ("edit", f"{BACK}/remedies.py", '        "mgPerKg": remedy["mg_per_kg"],\n',
         '        "mgPerKg": remedy["mg_per_kg"],\n        "unit": "mg",\n'),
    ],
}
