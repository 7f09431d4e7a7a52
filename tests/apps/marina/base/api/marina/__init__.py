from flask import Flask
from flask_smorest import Api

from marina.berths.routes import blp as berths_blp
from marina.visits.routes import blp as visits_blp


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.update(
        API_TITLE="marina",
        API_VERSION="v1",
        OPENAPI_VERSION="3.0.3",
    )
    api = Api(app)
    api.register_blueprint(berths_blp, url_prefix="/api/berths")
    api.register_blueprint(visits_blp, url_prefix="/api/visits")
    return app
