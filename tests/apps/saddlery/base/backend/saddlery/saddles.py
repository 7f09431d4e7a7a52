from starlette.requests import Request
from starlette.responses import JSONResponse

from saddlery.sizing import tree_width
from saddlery.store import SADDLES


def saddle_json(saddle):
    return {
        "id": saddle["id"],
        "maker": saddle["maker"],
        "seatInches": saddle["seat_in"],
        "treeWidth": tree_width(saddle["gullet_cm"]),
        "available": saddle["reserved_by"] is None,
    }


async def list_saddles(request: Request):
    return JSONResponse([saddle_json(saddle) for saddle in SADDLES.values()])


async def saddle_detail(request: Request):
    saddle = SADDLES.get(request.path_params["saddle_id"])
    if saddle is None:
        return JSONResponse({"error": "no such saddle"}, status_code=404)
    return JSONResponse(saddle_json(saddle))


async def reserve_saddle(request: Request):
    saddle = SADDLES[request.path_params["saddle_id"]]
    data = await request.json()
    saddle["reserved_by"] = data["rider"]
    return JSONResponse({"saddleId": saddle["id"], "rider": saddle["reserved_by"]}, status_code=201)
