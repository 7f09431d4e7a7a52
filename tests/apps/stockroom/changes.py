"""stockroom: Flask app factory with blueprints, Flask-SQLAlchemy models and Alembic
migrations, Jinja templates that build URLs with `url_for`, and vanilla JavaScript that
calls the JSON API with `fetch`."""

MODELS = "stockroom/models.py"
API = "stockroom/api/routes.py"
VIEWS = "stockroom/inventory/views.py"

CHANGES = {
    # A column the code now filters on, without its migration (the threaded-replies incident).
    "reorder-level-without-migration": [
        ("edit", MODELS, "    quantity = db.Column(db.Integer, nullable=False, default=0)\n",
         ("    quantity = db.Column(db.Integer, nullable=False, default=0)\n"
          "    reorder_level = db.Column(db.Integer, nullable=False, default=5)\n")),
        ("edit", "stockroom/stock.py",
         "def low_stock(threshold: int = 5) -> list[Item]:\n    return Item.query.filter(Item.quantity <= threshold)",
         "def low_stock() -> list[Item]:\n    return Item.query.filter(Item.quantity <= Item.reorder_level)"),
    ],
    # The edit view renamed; two templates still build its URL by the old endpoint name.
    "edit-view-renamed": [
        ("edit", VIEWS, "def edit_item(item_id):", "def update_item(item_id):"),
    ],
    # The adjust endpoint sends `on_hand` instead of `quantity`; adjust.js still reads it.
    "adjust-response-key-renamed": [
        ("edit", API, 'return jsonify({"quantity": item.quantity,', 'return jsonify({"on_hand": item.quantity,'),
    ],
    # The low-stock report moved under /api/reports/; low_stock.js still fetches the old URL.
    "low-stock-route-moved": [
        ("edit", API, '@api_bp.get("/low-stock")', '@api_bp.get("/reports/low-stock")'),
    ],
    # updated_at dropped from the model; the index view still orders by it.
    "updated-at-dropped": [
        ("edit", MODELS, "    updated_at = db.Column(db.DateTime, default=datetime.utcnow, onupdate=datetime.utcnow)\n",
         ""),
        ("edit", MODELS, "from datetime import datetime\n\n", "from datetime import datetime  # noqa: F401\n\n"),
    ],
    # Location.name renamed `label` in the model alone (no migration either); the templates
    # still read `location.name`, and Item.to_dict() reads `self.location.name`.
    "location-name-renamed": [
        ("edit", MODELS, "    name = db.Column(db.String(80), unique=True, nullable=False)\n",
         "    label = db.Column(db.String(80), unique=True, nullable=False)\n"),
    ],
    # Refactor: the adjust endpoint moved to /adjustments, with its one caller.
    "refactor-adjust-route-moved": [
        ("edit", API, '@api_bp.post("/items/<int:item_id>/adjust")', '@api_bp.post("/items/<int:item_id>/adjustments")'),
        ("edit", "stockroom/static/js/adjust.js", "`/api/items/${itemId}/adjust`", "`/api/items/${itemId}/adjustments`"),
    ],
    # Refactor: the detail view renamed, every url_for updated.
    "refactor-detail-view-renamed": [
        ("edit", VIEWS, "def detail(item_id):", "def show_item(item_id):"),
        ("edit", VIEWS, 'return redirect(url_for("inventory.detail", item_id=item.id))\n    return render_template("inventory/edit.html", item=None',
         'return redirect(url_for("inventory.show_item", item_id=item.id))\n    return render_template("inventory/edit.html", item=None'),
        ("edit", VIEWS, 'return redirect(url_for("inventory.detail", item_id=item.id))\n    return render_template("inventory/edit.html", item=item',
         'return redirect(url_for("inventory.show_item", item_id=item.id))\n    return render_template("inventory/edit.html", item=item'),
        ("edit", "stockroom/templates/inventory/index.html", "url_for('inventory.detail',", "url_for('inventory.show_item',"),
    ],
}
