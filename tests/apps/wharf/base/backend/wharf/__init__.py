from flask import Flask

from .berths import bp as berths_bp
from .ships import bp as ships_bp


def create_app():
    app = Flask(__name__)
    app.register_blueprint(ships_bp, url_prefix="/api/ships")
    app.register_blueprint(berths_bp, url_prefix="/api/berths")
    return app
