from flask import Flask
from flask_smorest import Api

from chandlery.items import blp as items_blp
from chandlery.orders import blp as orders_blp


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.update(
        API_TITLE="chandlery",
        API_VERSION="v1",
        OPENAPI_VERSION="3.0.3",
    )
    api = Api(app)
    api.register_blueprint(items_blp, url_prefix="/api/items")
    api.register_blueprint(orders_blp, url_prefix="/api/orders")
    return app
