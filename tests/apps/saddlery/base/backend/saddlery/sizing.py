WIDTHS = [(28.0, "narrow"), (30.0, "medium"), (32.0, "medium-wide")]


def tree_width(gullet_cm):
    """The tree width a gullet of `gullet_cm` centimetres is sold as."""
    for limit, name in WIDTHS:
        if gullet_cm <= limit:
            return name
    return "wide"
