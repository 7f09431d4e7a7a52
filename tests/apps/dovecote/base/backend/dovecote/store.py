BIRDS = {
    1: {"id": 1, "ring": "NL-2024-1187", "name": "Blue Bar", "loft": "North", "best_speed": 1612.4},
    2: {"id": 2, "ring": "NL-2024-1203", "name": "Mealy", "loft": "South", "best_speed": 1498.0},
}

RACES = {
    7: {
        "id": 7,
        "entries": [],
        "times": [
            {"ring": "NL-2024-1187", "velocity": 1612.4},
            {"ring": "NL-2024-1203", "velocity": 1498.0},
        ],
    },
}
