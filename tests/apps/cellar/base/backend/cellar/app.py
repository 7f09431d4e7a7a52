from starlette.applications import Starlette
from starlette.routing import Mount, Route

from cellar.racks import list_racks
from cellar.wines import wine_routes

routes = [
    Mount("/api", routes=[
        Mount("/wines", routes=wine_routes),
        Route("/racks", list_racks),
    ]),
]

app = Starlette(routes=routes)
