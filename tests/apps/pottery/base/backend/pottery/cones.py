# Orton cone peak temperatures (degrees C) at 60 C per hour
CONES = {"06": 999, "04": 1060, "5": 1186, "6": 1222, "10": 1285}


def cone_temperature(cone):
    return CONES[cone]
