from marshmallow import Schema, fields


class VisitSchema(Schema):
    id = fields.Int(dump_only=True)
    berthId = fields.Int(attribute="berth_id")
    vessel = fields.Str()
    arrivedAt = fields.DateTime(attribute="arrived_at")
    nights = fields.Int()
    paid = fields.Bool()
    total = fields.Method("get_total")

    def get_total(self, visit):
        return sum(visit.charges)


class VisitCreateSchema(Schema):
    berthId = fields.Int(required=True, attribute="berth_id")
    vessel = fields.Str(required=True)
    nights = fields.Int(load_default=1)


class PaymentSchema(Schema):
    amount = fields.Float(required=True)
    method = fields.Str(load_default="card")


class ReceiptSchema(Schema):
    visitId = fields.Int(attribute="visit_id")
    paidAmount = fields.Float(attribute="amount")
    balance = fields.Float()
