BINS = {
    1: {"id": 1, "grain": "wheat", "fill": 412.5, "moisture": 14.2},
    2: {"id": 2, "grain": "barley", "fill": 188.0, "moisture": 15.8},
}

DELIVERIES = []
