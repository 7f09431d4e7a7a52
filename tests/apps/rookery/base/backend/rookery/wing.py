def wing_index(wing_mm, mass_g):
    return round(wing_mm / mass_g ** (1 / 3), 2)
