def gross_tonnage(length, beam, draft):
    """A rough gross tonnage from the main dimensions (metres)."""
    return round(0.28 * length * beam * draft)
