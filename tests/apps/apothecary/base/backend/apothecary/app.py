from flask import Flask

from apothecary.orders import orders
from apothecary.remedies import remedies


def create_app():
    app = Flask(__name__)
    app.config.from_object("apothecary.settings.Config")
    app.register_blueprint(remedies, url_prefix=app.config["API_PREFIX"])
    app.register_blueprint(orders, url_prefix=app.config["API_PREFIX"] + "/orders")
    return app
