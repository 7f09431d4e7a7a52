SQFT_PER_SQM = 10.7639


def to_sqm(area_sqft):
    return round(area_sqft / SQFT_PER_SQM, 2)
