from robyn import Request

from herbarium.labels import label
from herbarium.store import SPECIMENS


def to_json(specimen: dict) -> dict:
    return {
        "id": specimen["id"],
        "taxon": specimen["taxon"],
        "collector": specimen["collector"],
        "site": specimen["site"],
        "pressed": specimen["pressed"],
        "label": label(specimen),
    }


def list_specimens(request: Request):
    return [to_json(s) for s in SPECIMENS.values()]


def collect(request: Request):
    data = request.json()
    specimen = {"id": len(SPECIMENS) + 1, "taxon": data["taxon"], "collector": data.get("collector", ""),
                "site": data.get("site", ""), "pressed": False}
    SPECIMENS[specimen["id"]] = specimen
    return to_json(specimen)


def press(request: Request):
    specimen = SPECIMENS[int(request.path_params["specimen_id"])]
    specimen["pressed"] = True
    return to_json(specimen)


def discard(request: Request):
    SPECIMENS.pop(int(request.path_params["specimen_id"]), None)
    return {"discarded": True}
