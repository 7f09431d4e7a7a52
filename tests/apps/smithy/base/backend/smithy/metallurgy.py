def tempered_hardness(hardness, minutes):
    """Rockwell hardness after tempering for `minutes` (a rough rule of thumb)."""
    return max(40, hardness - minutes // 10)
