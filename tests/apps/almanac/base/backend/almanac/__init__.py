from flask import Flask

from almanac.config import config_by_name
from almanac.sightings import sightings_bp
from almanac.tides import tides_bp


def create_app(config_name="development"):
    app = Flask(__name__)
    app.config.from_object(config_by_name[config_name])
    prefix = app.config["API_PREFIX"]
    app.register_blueprint(tides_bp, url_prefix=f"{prefix}/tides")
    app.register_blueprint(sightings_bp, url_prefix=f"{prefix}/sightings")
    return app
