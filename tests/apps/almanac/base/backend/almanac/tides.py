from datetime import date

from flask import Blueprint, abort, jsonify

from almanac.moon import moon_phase

tides_bp = Blueprint("tides", __name__)

STATIONS = {
    "harbour": {"high": "06:12", "low": "12:30", "range_m": 3.4},
    "point": {"high": "06:40", "low": "12:55", "range_m": 2.1},
}


@tides_bp.get("/<station>")
def tide_table(station):
    tide = STATIONS.get(station)
    if tide is None:
        abort(404)
    return jsonify({
        "station": station,
        "highWater": tide["high"],
        "lowWater": tide["low"],
        "rangeM": tide["range_m"],
        "moonAge": moon_phase(date.today()),
    })
