from dataclasses import dataclass, field


@dataclass
class Cake:
    id: int
    name: str
    price: int
    vegan: bool = False


@dataclass
class Order:
    id: int
    cake: Cake
    quantity: int
    note: str = ""
    collected: bool = False
    tags: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.cake.price * self.quantity


CAKES: dict[int, Cake] = {1: Cake(1, "Lemon drizzle", 1800), 2: Cake(2, "Carrot", 2200, vegan=True)}
ORDERS: dict[int, Order] = {}


def next_id(table: dict) -> int:
    return max(table, default=0) + 1
