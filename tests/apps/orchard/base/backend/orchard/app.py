from quart import Quart

from orchard.harvests import harvests
from orchard.trees import trees

app = Quart(__name__)
app.register_blueprint(trees, url_prefix="/api/trees")
app.register_blueprint(harvests, url_prefix="/api/harvests")
