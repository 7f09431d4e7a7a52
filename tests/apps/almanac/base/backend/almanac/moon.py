from datetime import date

SYNODIC_DAYS = 29.530588
NEW_MOON = date(2000, 1, 6)


def moon_phase(day):
    """The moon's age in days on `day` (0 = new moon)."""
    return round(((day - NEW_MOON).days % SYNODIC_DAYS), 1)
