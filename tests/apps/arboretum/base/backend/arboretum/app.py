from blacksheep import Application

import arboretum.controllers.beds  # noqa: F401  (defines its controller)
import arboretum.controllers.trees  # noqa: F401

app = Application()
