def potential_abv(brix):
    return round(brix * 0.59, 1)


def yield_kg(vine):
    return round(vine["row"] * 2.5, 1)
