import os

from almanac import create_app

app = create_app(os.environ.get("ALMANAC_ENV", "development"))
