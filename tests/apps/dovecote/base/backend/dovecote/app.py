from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Mount, Route

from dovecote.birds import BirdDetail, BirdList
from dovecote.races import race_results
from dovecote.store import RACES


async def enter_race(request):
    data = await request.json()
    race = RACES[request.path_params["race_id"]]
    race["entries"].append({"ring": data["ring"], "basket": data.get("basket", "A")})
    return JSONResponse({"race": race["id"], "entries": len(race["entries"])}, status_code=201)


routes = [
    Mount("/api", routes=[
        Route("/birds", BirdList),
        Route("/birds/{bird_id:int}", BirdDetail),
        Route("/races/{race_id:int}/results", race_results),
    ]),
]

app = Starlette(routes=routes)
app.add_route("/api/races/{race_id:int}/entries", enter_race, methods=["POST"])
