from datetime import datetime, timezone

from starlette.responses import JSONResponse
from starlette.routing import Route

from cellar.pairing import pairing_for
from cellar.store import WINES


async def list_wines(request):
    return JSONResponse([
        {"id": w["id"], "name": w["name"], "vintage": w["vintage"], "pairing": pairing_for(w)}
        for w in WINES.values()
    ])


async def uncork(request):
    wine = WINES[request.path_params["wine_id"]]
    data = await request.json()
    glasses = int(data["glasses"])
    wine["opened_at"] = datetime.now(timezone.utc).isoformat()
    return JSONResponse({"id": wine["id"], "glasses": glasses, "openedAt": wine["opened_at"]})


wine_routes = [
    Route("/", list_wines),
    Route("/{wine_id:int}/uncork", uncork, methods=["POST"]),
]
