from starlette.responses import JSONResponse

from dovecote.ranking import ranked
from dovecote.store import RACES


async def race_results(request):
    race = RACES[request.path_params["race_id"]]
    return JSONResponse([{"ring": t["ring"], "velocity": t["velocity"], "position": position}
                         for position, t in ranked(race["times"])])

