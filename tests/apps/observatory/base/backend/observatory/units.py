def arcseconds(degrees: float) -> float:
    return round(degrees * 3600, 1)
