from flask import Blueprint, abort, jsonify, request

from ..extensions import db
from ..models import Item
from ..stock import StockError, adjust_stock, low_stock

api_bp = Blueprint("api", __name__)


@api_bp.get("/items")
def list_items():
    items = Item.query.order_by(Item.name).all()
    return jsonify([item.to_dict() for item in items])


@api_bp.get("/items/<int:item_id>")
def get_item(item_id):
    item = db.session.get(Item, item_id)
    if item is None:
        abort(404)
    return jsonify(item.to_dict())


@api_bp.post("/items/<int:item_id>/adjust")
def adjust_item(item_id):
    item = db.session.get(Item, item_id)
    if item is None:
        abort(404)
    payload = request.get_json(force=True)
    try:
        movement = adjust_stock(item, int(payload["delta"]), payload.get("reason", ""))
    except StockError as err:
        return jsonify({"error": str(err)}), 409
    return jsonify({"quantity": item.quantity, "movement_id": movement.id})


@api_bp.get("/low-stock")
def low_stock_report():
    return jsonify([{"sku": item.sku, "name": item.name, "quantity": item.quantity} for item in low_stock()])
