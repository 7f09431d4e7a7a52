TARGET_MOISTURE = 13.5
TONNES_PER_FAN_HOUR = 40.0


def drying_hours(moisture, tonnes):
    excess = max(moisture - TARGET_MOISTURE, 0.0)
    return round(excess * tonnes / TONNES_PER_FAN_HOUR, 1)
