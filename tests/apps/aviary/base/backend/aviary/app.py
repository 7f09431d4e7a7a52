from flask import Flask
from flask_restx import Api

from aviary.birds import ns as birds
from aviary.sightings import ns as sightings

app = Flask(__name__)
api = Api(app, prefix="/api", doc="/docs")
api.add_namespace(birds, path="/birds")
api.add_namespace(sightings, path="/sightings")
