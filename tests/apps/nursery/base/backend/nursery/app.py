from flask import Flask
from flask_restx import Api

from nursery.orders import ns as orders
from nursery.plants import ns as plants

app = Flask(__name__)
api = Api(app, prefix="/api", doc="/docs")
api.add_namespace(plants, path="/plants")
api.add_namespace(orders, path="/orders")
