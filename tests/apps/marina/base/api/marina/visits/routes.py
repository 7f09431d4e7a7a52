from datetime import datetime, timezone

from flask.views import MethodView
from flask_smorest import Blueprint, abort

from marina.store import BERTHS, VISITS, Visit
from marina.visits.schemas import PaymentSchema, ReceiptSchema, VisitCreateSchema, VisitSchema

blp = Blueprint("visits", __name__, description="Vessels staying at a berth")


@blp.route("/")
class Visits(MethodView):
    @blp.response(200, VisitSchema(many=True))
    def get(self):
        return list(VISITS.values())

    @blp.arguments(VisitCreateSchema)
    @blp.response(201, VisitSchema)
    def post(self, new_visit):
        berth = BERTHS.get(new_visit["berth_id"])
        if berth is None or berth.occupied_by:
            abort(409, message="Berth not available")
        visit = Visit(len(VISITS) + 1, berth.id, new_visit["vessel"], datetime.now(timezone.utc),
                      new_visit["nights"])
        berth.occupied_by = visit.vessel
        VISITS[visit.id] = visit
        return visit


@blp.route("/<int:visit_id>/payments", methods=["POST"])
@blp.arguments(PaymentSchema)
@blp.response(201, ReceiptSchema)
def pay(payment, visit_id):
    visit = VISITS[visit_id]
    visit.charges.append(-payment["amount"])
    visit.paid = sum(visit.charges) <= 0
    return {"visit_id": visit.id, "amount": payment["amount"], "balance": sum(visit.charges)}
