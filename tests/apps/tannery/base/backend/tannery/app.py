from flask import Flask
from flask_restful import Api

from tannery.batches import BatchList
from tannery.hides import HideList, HideTan

app = Flask(__name__)
api = Api(app, prefix="/api")
api.add_resource(HideList, "/hides")
api.add_resource(HideTan, "/hides/<int:hide_id>/tan")
api.add_resource(BatchList, "/batches")
