from blacksheep import get, json, put

from observatory.catalog import TELESCOPES


def telescope_json(telescope):
    return {
        "id": telescope.id,
        "name": telescope.name,
        "aperture_mm": telescope.aperture_mm,
        "site": telescope.site,
    }


@get("/api/telescopes")
async def list_telescopes():
    return json([telescope_json(t) for t in TELESCOPES.values()])


@get("/api/telescopes/{telescope_id}")
async def get_telescope(telescope_id: int):
    return json(telescope_json(TELESCOPES[telescope_id]))


@put("/api/telescopes/{telescope_id}/site")
async def move_telescope(telescope_id: int, site: str):
    TELESCOPES[telescope_id].site = site
    return json(telescope_json(TELESCOPES[telescope_id]))
