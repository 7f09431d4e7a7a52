from blacksheep import Application

import observatory.sessions  # noqa: F401  (registers its routes)
import observatory.telescopes  # noqa: F401

app = Application()
app.serve_files("../frontend/static")
