from dataclasses import dataclass, field


@dataclass
class Item:
    id: int
    name: str
    category: str
    price_cents: int
    stock: int


@dataclass
class Order:
    id: int
    item_id: int
    quantity: int
    boat: str
    total_cents: int
    status: str = "open"
    notes: list[str] = field(default_factory=list)


ITEMS: dict[int, Item] = {
    1: Item(1, "Braided mooring line 12mm", "rope", 4850, 14),
    2: Item(2, "Galvanised shackle", "hardware", 690, 120),
    3: Item(3, "Fender 60cm", "fenders", 3200, 9),
}
ORDERS: dict[int, Order] = {}
