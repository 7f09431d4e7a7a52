from dataclasses import dataclass


@dataclass
class Item:
    id: int
    name: str
    price_cents: int
    available: bool = True


@dataclass
class Order:
    id: int
    item_id: int
    customer: str
    status: str
    total_cents: int


ITEMS = {1: Item(1, "Flat white", 350), 2: Item(2, "Cortado", 300)}
ORDERS: dict[int, Order] = {}


def next_id() -> int:
    return max(ORDERS, default=0) + 1
