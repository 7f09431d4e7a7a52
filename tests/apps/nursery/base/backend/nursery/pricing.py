VAT = 0.2


def with_vat(amount: float) -> float:
    return round(amount * (1 + VAT), 2)
