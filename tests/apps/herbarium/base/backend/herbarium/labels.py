def label(specimen: dict) -> str:
    return f"{specimen['taxon']} ({specimen['collector']}, {specimen['site']})"
