from flask import Flask

from .extensions import db, migrate


def create_app(config_object: str = "stockroom.config.Config") -> Flask:
    app = Flask(__name__)
    app.config.from_object(config_object)

    db.init_app(app)
    migrate.init_app(app, db)

    from .api.routes import api_bp
    from .inventory.views import inventory_bp

    app.register_blueprint(inventory_bp)
    app.register_blueprint(api_bp, url_prefix="/api")
    return app
