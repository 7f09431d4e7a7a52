SPECIMENS: dict[int, dict] = {
    1: {"id": 1, "taxon": "Quercus robur", "collector": "A. Moss", "site": "North meadow", "pressed": False},
}
LOANS: dict[int, dict] = {
    1: {"id": 1, "specimen_id": 1, "borrower": "Kew", "due": "2027-01-31"},
}
