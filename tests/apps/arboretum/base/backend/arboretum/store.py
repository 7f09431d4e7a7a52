TREES = {
    1: {"id": 1, "species": "Quercus robur", "bed": 2, "height_m": 14.5, "girth_cm": 210, "pruned": "2025-11-02"},
    2: {"id": 2, "species": "Acer palmatum", "bed": 1, "height_m": 4.2, "girth_cm": 45, "pruned": "2023-03-15"},
}
BEDS = {
    1: {"id": 1, "name": "Maple walk", "soil": "loam", "blooming": ["Acer palmatum"]},
    2: {"id": 2, "name": "Oak lawn", "soil": "clay", "blooming": []},
}
