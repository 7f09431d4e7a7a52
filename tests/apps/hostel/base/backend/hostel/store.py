from dataclasses import dataclass


@dataclass
class Room:
    id: int
    name: str
    beds: int
    price: int


@dataclass
class Booking:
    id: int
    room: Room
    guest: str
    nights: int = 1
    email: str | None = None
    checked_in: bool = False


ROOMS: dict[int, Room] = {1: Room(1, "Dorm A", 8, 25), 2: Room(2, "Twin", 2, 60)}
BOOKINGS: dict[int, Booking] = {}


def next_id(table: dict) -> int:
    return max(table, default=0) + 1
