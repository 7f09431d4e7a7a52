LAMPS = {
    1: {"id": 1, "name": "North Head", "wattage": 1000, "height_m": 42.0, "lit": True},
    2: {"id": 2, "name": "Gull Rock", "wattage": 400, "height_m": 18.5, "lit": False},
}

KEEPERS = {
    1: {"id": 1, "name": "Ada Pike", "station": "North Head"},
    2: {"id": 2, "name": "Tom Wrack", "station": "Gull Rock"},
}

SHIFTS = []
