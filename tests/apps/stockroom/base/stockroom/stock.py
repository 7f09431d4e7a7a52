from .extensions import db
from .models import Item, Movement


class StockError(ValueError):
    pass


def adjust_stock(item: Item, delta: int, reason: str = "") -> Movement:
    if item.quantity + delta < 0:
        raise StockError(f"{item.sku}: only {item.quantity} in stock")
    item.quantity += delta
    movement = Movement(item=item, delta=delta, reason=reason)
    db.session.add(movement)
    db.session.commit()
    return movement


def low_stock(threshold: int = 5) -> list[Item]:
    return Item.query.filter(Item.quantity <= threshold).order_by(Item.quantity).all()
