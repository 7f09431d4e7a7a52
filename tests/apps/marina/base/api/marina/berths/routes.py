from flask.views import MethodView
from flask_smorest import Blueprint, abort

from marina.berths.schemas import BerthQuerySchema, BerthSchema
from marina.store import BERTHS

blp = Blueprint("berths", __name__, description="Berths of the marina")


@blp.route("/")
class Berths(MethodView):
    @blp.arguments(BerthQuerySchema, location="query")
    @blp.response(200, BerthSchema(many=True))
    def get(self, query):
        berths = BERTHS.values()
        if "pier" in query:
            berths = [b for b in berths if b.pier == query["pier"]]
        if "min_length" in query:
            berths = [b for b in berths if b.length_m >= query["min_length"]]
        return list(berths)


@blp.route("/<int:berth_id>")
class BerthById(MethodView):
    @blp.response(200, BerthSchema)
    def get(self, berth_id):
        berth = BERTHS.get(berth_id)
        if berth is None:
            abort(404, message="No such berth")
        return berth


@blp.route("/<int:berth_id>/release", methods=["POST"])
@blp.response(200, BerthSchema)
def release(berth_id):
    berth = BERTHS[berth_id]
    berth.occupied_by = None
    return berth
