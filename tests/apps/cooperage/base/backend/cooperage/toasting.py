MINUTES_BY_LEVEL = {"light": 20, "medium": 35, "heavy": 50}


def toast_minutes(level):
    return MINUTES_BY_LEVEL[level]
