from dataclasses import dataclass


@dataclass
class Crossing:
    id: int
    port: str
    departs: str
    seats_left: int


@dataclass
class Ticket:
    id: int
    crossing_id: int
    passenger: str
    vehicle: str | None
    boarded: bool = False


CROSSINGS = {1: Crossing(1, "Oban", "09:00", 40), 2: Crossing(2, "Mull", "11:30", 12)}
TICKETS: dict[int, Ticket] = {}
