def daily_dose(remedy, weight_kg):
    return round(remedy["mg_per_kg"] * weight_kg, 1)


def doses_left(remedy, weight_kg):
    return int(remedy["stock_mg"] // daily_dose(remedy, weight_kg))
