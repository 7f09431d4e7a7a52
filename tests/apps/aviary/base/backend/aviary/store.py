BIRDS: dict[int, dict] = {
    1: {"id": 1, "name": "Robin", "species": "Erithacus rubecula", "wingspan_cm": 21, "ringed": False},
    2: {"id": 2, "name": "Wren", "species": "Troglodytes troglodytes", "wingspan_cm": 15, "ringed": False},
}
SIGHTINGS: dict[int, dict] = {}
