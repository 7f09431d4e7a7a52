SHIPS = {
    1: {"id": 1, "name": "Nordlys", "flag": "NO", "length": 121.0, "beam": 19.5, "draft": 6.1, "berth": None},
    2: {"id": 2, "name": "Marisol", "flag": "PA", "length": 98.4, "beam": 16.0, "draft": 5.2, "berth": 3},
}
BERTHS = {
    3: {"id": 3, "quay": "East", "depth": 9.0, "ship": 2},
    4: {"id": 4, "quay": "East", "depth": 7.5, "ship": None},
}
