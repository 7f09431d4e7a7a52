from starlette.requests import Request
from starlette.responses import JSONResponse

from saddlery.store import FITTINGS


async def list_fittings(request: Request):
    return JSONResponse([
        {"id": f["id"], "horse": f["horse"], "date": f["date"], "fitter": f["fitter"]} for f in FITTINGS
    ])


async def book_fitting(request: Request):
    data = await request.json()
    fitting = {
        "id": len(FITTINGS) + 1,
        "horse": data["horse"],
        "date": data["date"],
        "fitter": data.get("fitter", "first free"),
    }
    FITTINGS.append(fitting)
    return JSONResponse(fitting, status_code=201)
