from flask import Flask

from quarry.blocks import blocks
from quarry.config import Config
from quarry.orders import orders


def create_app(config=Config):
    app = Flask(__name__)
    app.config.from_object(config)
    app.register_blueprint(blocks, url_prefix=app.config["API_PREFIX"])
    app.register_blueprint(orders, url_prefix=app.config["API_PREFIX"])
    return app
