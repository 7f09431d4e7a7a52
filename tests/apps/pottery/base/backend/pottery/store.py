KILNS = {
    1: {"id": 1, "name": "Big Electric", "max_temp_c": 1300, "status": "idle"},
    2: {"id": 2, "name": "Raku", "max_temp_c": 1000, "status": "cooling"},
}

FIRINGS = []
