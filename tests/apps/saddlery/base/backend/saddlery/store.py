SADDLES = {
    1: {"id": 1, "maker": "Albion", "seat_in": 17.5, "gullet_cm": 29.0, "reserved_by": None},
    2: {"id": 2, "maker": "Stubben", "seat_in": 18.0, "gullet_cm": 31.5, "reserved_by": "Mia"},
}

FITTINGS = [
    {"id": 1, "horse": "Juniper", "date": "2026-12-10", "fitter": "Hal"},
]
