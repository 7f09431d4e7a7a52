RINGS = {
    1: {"id": 1, "code": "NX4512", "species": "rook", "wing": 312, "mass": 455, "ringer": "AB",
        "recoveries": [{"place": "Tring", "date": "2026-03-02"}]},
    2: {"id": 2, "code": "NX4513", "species": "jackdaw", "wing": 236, "mass": 240, "ringer": "CD",
        "recoveries": []},
}

BIRDS = [
    {"species": "rook", "site": "north copse", "count": 41},
    {"species": "jackdaw", "site": "church", "count": 12},
]
