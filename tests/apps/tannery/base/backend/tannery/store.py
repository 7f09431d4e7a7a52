HIDES = {
    1: {"id": 1, "animal": "cow", "grade": "A", "area_sqft": 48.5, "method": None},
    2: {"id": 2, "animal": "goat", "grade": "B", "area_sqft": 7.0, "method": None},
}
BATCHES = {}
