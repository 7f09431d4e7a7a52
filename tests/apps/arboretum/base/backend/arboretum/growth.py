def canopy_m(tree):
    return round(tree["girth_cm"] / 100 * 4.5, 1)


def needs_pruning(tree, today="2026-12-01"):
    return tree["pruned"] < "2025-06-01" or tree["height_m"] > 20
