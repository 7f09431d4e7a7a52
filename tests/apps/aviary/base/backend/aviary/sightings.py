from flask_restx import Namespace, Resource, fields

from aviary.store import SIGHTINGS

ns = Namespace("sightings", description="Who saw what, where")

sighting = ns.model("Sighting", {
    "id": fields.Integer(readonly=True),
    "bird_id": fields.Integer(required=True),
    "place": fields.String(required=True),
    "count": fields.Integer(default=1),
    "notes": fields.String,
})


@ns.route("/")
class SightingList(Resource):
    @ns.marshal_list_with(sighting)
    def get(self):
        return list(SIGHTINGS.values())

    @ns.expect(sighting, validate=True)
    @ns.marshal_with(sighting, code=201)
    def post(self):
        data = ns.payload
        entry = {"id": len(SIGHTINGS) + 1, "count": 1, "notes": "", **data}
        SIGHTINGS[entry["id"]] = entry
        return entry, 201


@ns.route("/<int:sighting_id>")
class SightingItem(Resource):
    def delete(self, sighting_id):
        SIGHTINGS.pop(sighting_id, None)
        return "", 204
