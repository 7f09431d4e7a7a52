VINES = {
    1: {"id": 1, "grape": "Syrah", "row": 4, "brix": 23.5, "harvested": None},
    2: {"id": 2, "grape": "Viognier", "row": 9, "brix": 21.0, "harvested": None},
}
TASTINGS = [
    {"id": 1, "wine": "Syrah 2024", "score": 91, "notes": "pepper, violet"},
]
