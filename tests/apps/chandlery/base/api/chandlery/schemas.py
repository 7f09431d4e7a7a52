from marshmallow import Schema, fields


class ItemSchema(Schema):
    id = fields.Int(dump_only=True)
    name = fields.Str()
    category = fields.Str()
    priceCents = fields.Int(attribute="price_cents")
    stock = fields.Int()


class ItemQuerySchema(Schema):
    category = fields.Str()
    in_stock = fields.Bool(data_key="inStock", load_default=False)


class OrderCreateSchema(Schema):
    itemId = fields.Int(required=True, attribute="item_id")
    quantity = fields.Int(required=True)
    boat = fields.Str(load_default="")


class OrderSchema(Schema):
    id = fields.Int()
    itemId = fields.Int(attribute="item_id")
    quantity = fields.Int()
    boat = fields.Str()
    totalCents = fields.Int(attribute="total_cents")
    status = fields.Str()
