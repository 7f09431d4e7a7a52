from starlette.responses import JSONResponse

from cellar.store import RACKS


async def list_racks(request):
    return JSONResponse([{"id": r["id"], "humidity": r["humidity"]} for r in RACKS])
