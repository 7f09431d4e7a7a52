from flask.views import MethodView
from flask_smorest import Blueprint, abort

from chandlery.schemas import ItemQuerySchema, ItemSchema
from chandlery.store import ITEMS

blp = Blueprint("items", __name__, description="What the chandlery sells")


@blp.route("/")
class Items(MethodView):
    @blp.arguments(ItemQuerySchema, location="query")
    @blp.response(200, ItemSchema(many=True))
    def get(self, query):
        items = ITEMS.values()
        if query.get("category"):
            items = [i for i in items if i.category == query["category"]]
        return [i for i in items if i.stock > 0 or not query["in_stock"]]


@blp.route("/<int:item_id>")
class ItemById(MethodView):
    @blp.response(200, ItemSchema)
    def get(self, item_id):
        item = ITEMS.get(item_id)
        if item is None:
            abort(404, message="No such item")
        return item
