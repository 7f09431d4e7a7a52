import math


def board_feet(length_m, diameter_cm):
    radius_in = float(diameter_cm) / 2.54 / 2
    length_ft = float(length_m) * 3.281
    return round(math.pi * radius_in**2 * length_ft / 12 * 0.6, 1)
