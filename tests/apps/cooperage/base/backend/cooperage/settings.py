# Loaded by create_app with app.config.from_pyfile("settings.py").
API_PREFIX = "/api"
JSON_SORT_KEYS = False
DEFAULT_WOOD = "american oak"
