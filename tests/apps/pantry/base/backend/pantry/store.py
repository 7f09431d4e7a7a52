"""An in-memory store (a database in the real app)."""

from dataclasses import dataclass, field
from datetime import date


@dataclass
class Item:
    id: int
    name: str
    quantity: int
    expires: date | None = None
    shelf: str = "pantry"


@dataclass
class Order:
    id: int
    supplier: str
    lines: list[tuple[int, int]] = field(default_factory=list)
    note: str = ""

    @property
    def total(self) -> int:
        return sum(quantity for _item, quantity in self.lines)


ITEMS: dict[int, Item] = {}
ORDERS: dict[int, Order] = {}


def next_id(table: dict) -> int:
    return max(table, default=0) + 1
