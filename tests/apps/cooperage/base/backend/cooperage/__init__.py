from flask import Flask

from cooperage.barrels import barrels_bp
from cooperage.orders import orders_bp


def create_app():
    app = Flask(__name__)
    app.config.from_pyfile("settings.py")
    app.register_blueprint(barrels_bp, url_prefix=app.config["API_PREFIX"] + "/barrels")
    app.register_blueprint(orders_bp, url_prefix=app.config["API_PREFIX"] + "/orders")
    return app
