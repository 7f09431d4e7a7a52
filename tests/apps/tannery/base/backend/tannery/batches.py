from flask_restful import Resource, reqparse

from tannery.store import BATCHES, HIDES

batch_parser = reqparse.RequestParser()
batch_parser.add_argument("vat", type=int, location="args")


class BatchList(Resource):
    def __init__(self):
        self.args = batch_parser.parse_args()

    def get(self):
        vat = self.args["vat"]
        return [b for b in BATCHES.values() if vat is None or b["vat"] == vat]

    def post(self):
        batch = {"id": len(BATCHES) + 1, "vat": self.args["vat"], "hides": sorted(HIDES)}
        BATCHES[batch["id"]] = batch
        return batch, 201
