from flask import Blueprint, jsonify, request

sightings_bp = Blueprint("sightings", __name__)

SIGHTINGS = [
    {"id": 1, "species": "grey seal", "count": 3, "observer": "Ines"},
]


def sighting_json(sighting):
    return {
        "id": sighting["id"],
        "species": sighting["species"],
        "count": sighting["count"],
        "observer": sighting["observer"],
    }


@sightings_bp.get("")
def list_sightings():
    return jsonify([sighting_json(s) for s in SIGHTINGS])


@sightings_bp.post("")
def log_sighting():
    data = request.get_json()
    sighting = {
        "id": len(SIGHTINGS) + 1,
        "species": data["species"],
        "count": data.get("count", 1),
        "observer": data.get("observer", "anonymous"),
    }
    SIGHTINGS.append(sighting)
    return jsonify(sighting_json(sighting)), 201


@sightings_bp.delete("/<int:sighting_id>")
def retract_sighting(sighting_id):
    SIGHTINGS[:] = [s for s in SIGHTINGS if s["id"] != sighting_id]
    return "", 204
