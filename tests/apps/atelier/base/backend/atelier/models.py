from dataclasses import dataclass


@dataclass
class Workshop:
    id: int
    title: str
    teacher: str
    seats_left: int
    price: float


@dataclass
class BookingIn:
    workshop_id: int
    name: str
    email: str | None = None


@dataclass
class Booking:
    id: int
    workshop_id: int
    name: str
    paid: bool
