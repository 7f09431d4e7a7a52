VOLUME_BREAK = 10


def line_total(item, quantity):
    """The price of `quantity` of an item, in cents, a tenth off from VOLUME_BREAK on."""
    total = item.price_cents * quantity
    return total * 9 // 10 if quantity >= VOLUME_BREAK else total
