from dataclasses import dataclass
from datetime import datetime


@dataclass
class Shift:
    id: int
    role: str
    starts_at: datetime
    ends_at: datetime
    staff_id: int | None = None


@dataclass
class Person:
    id: int
    full_name: str
    role: str


SHIFTS: dict[int, Shift] = {}
STAFF: dict[int, Person] = {}
