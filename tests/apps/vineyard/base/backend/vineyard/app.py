from blacksheep import Application

import vineyard.controllers.tastings  # noqa: F401  (defines its controller)
import vineyard.controllers.vines  # noqa: F401

app = Application()
