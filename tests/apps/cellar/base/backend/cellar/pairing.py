PAIRINGS = {"Rioja Reserva": "lamb", "Barolo": "truffle risotto"}


def pairing_for(wine):
    return PAIRINGS.get(wine["name"], "cheese")
