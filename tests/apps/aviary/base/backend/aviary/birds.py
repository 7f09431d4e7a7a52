from flask_restx import Namespace, Resource, fields

from aviary.store import BIRDS

ns = Namespace("birds", description="Birds of the reserve")

bird = ns.model("Bird", {
    "id": fields.Integer(readonly=True),
    "name": fields.String(required=True),
    "species": fields.String,
    "wingspan_cm": fields.Integer,
    "ringed": fields.Boolean,
})


@ns.route("/")
class BirdList(Resource):
    @ns.marshal_list_with(bird)
    def get(self):
        return list(BIRDS.values())


@ns.route("/<int:bird_id>")
class BirdItem(Resource):
    @ns.marshal_with(bird)
    def get(self, bird_id):
        return BIRDS[bird_id]


@ns.route("/<int:bird_id>/ring")
class BirdRing(Resource):
    @ns.marshal_with(bird)
    def post(self, bird_id):
        BIRDS[bird_id]["ringed"] = True
        return BIRDS[bird_id]
