import math

EARTH_FACTOR = 2.08


def beam_range(wattage, height_m):
    """Nominal range in nautical miles of a light of `wattage` at `height_m` above the sea."""
    geographic = EARTH_FACTOR * math.sqrt(height_m)
    luminous = 4.0 * math.log10(max(wattage, 1))
    return round(min(geographic, luminous), 1)
