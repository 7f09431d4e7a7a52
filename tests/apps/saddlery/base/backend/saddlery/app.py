from starlette.applications import Starlette
from starlette.routing import Mount, Route

from saddlery import fittings
from saddlery.saddles import list_saddles, reserve_saddle, saddle_detail

routes = [
    Mount(
        "/api",
        routes=[
            Route("/saddles", list_saddles),
            Route("/saddles/{saddle_id:int}", saddle_detail),
            Route("/saddles/{saddle_id:int}/reserve", reserve_saddle, methods=["POST"]),
            Route("/fittings", fittings.list_fittings),
            Route("/fittings", fittings.book_fitting, methods=["POST"]),
        ],
    ),
]

app = Starlette(debug=True, routes=routes)
