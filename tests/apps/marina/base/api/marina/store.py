from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class Berth:
    id: int
    code: str
    length_m: float
    pier: str
    occupied_by: str | None = None


@dataclass
class Visit:
    id: int
    berth_id: int
    vessel: str
    arrived_at: datetime
    nights: int
    paid: bool = False
    charges: list[float] = field(default_factory=list)


BERTHS: dict[int, Berth] = {
    1: Berth(1, "A1", 12.0, "A"),
    2: Berth(2, "A2", 15.0, "A"),
    3: Berth(3, "B1", 20.0, "B"),
}
VISITS: dict[int, Visit] = {}
