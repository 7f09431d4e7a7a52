GRADES = {"granite": "A", "marble": "A", "limestone": "B", "sandstone": "C"}


def grade_of(block):
    return GRADES.get(block["stone"], "C")


def piece_weight(block, pieces):
    return round(block["weight_kg"] / pieces, 1)
