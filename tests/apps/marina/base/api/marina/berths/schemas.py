from marshmallow import Schema, fields


class BerthSchema(Schema):
    id = fields.Int(dump_only=True)
    code = fields.Str(required=True)
    length = fields.Float(attribute="length_m")
    pier = fields.Str()
    occupiedBy = fields.Str(attribute="occupied_by", allow_none=True)


class BerthQuerySchema(Schema):
    pier = fields.Str()
    min_length = fields.Float()
