def ranked(times):
    """The times of a race, fastest first, with their positions."""
    ordered = sorted(times, key=lambda t: t["velocity"], reverse=True)
    return [(position, t) for position, t in enumerate(ordered, start=1)]
