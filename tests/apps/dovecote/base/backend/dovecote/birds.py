from starlette.endpoints import HTTPEndpoint
from starlette.responses import JSONResponse

from dovecote.store import BIRDS


def bird_json(bird):
    return {
        "id": bird["id"],
        "ring": bird["ring"],
        "name": bird["name"],
        "loft": bird["loft"],
        "bestSpeed": bird["best_speed"],
    }


class BirdEndpoint(HTTPEndpoint):
    async def get(self, request):
        bird = BIRDS.get(request.path_params["bird_id"])
        if bird is None:
            return JSONResponse({"detail": "no such bird"}, status_code=404)
        return JSONResponse(bird_json(bird))


class BirdDetail(BirdEndpoint):
    async def delete(self, request):
        BIRDS.pop(request.path_params["bird_id"], None)
        return JSONResponse({"deleted": True})


class BirdList(HTTPEndpoint):
    async def get(self, request):
        return JSONResponse([bird_json(b) for b in BIRDS.values()])

    async def post(self, request):
        data = await request.json()
        bird = {"id": len(BIRDS) + 1, "ring": data["ring"], "name": data["name"], "loft": data["loft"],
                "best_speed": 0.0}
        BIRDS[bird["id"]] = bird
        return JSONResponse(bird_json(bird), status_code=201)
