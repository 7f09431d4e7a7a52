from dataclasses import dataclass, field


@dataclass
class Club:
    id: int
    name: str
    current_book: str
    members: list[str] = field(default_factory=list)


@dataclass
class Meeting:
    id: int
    club_id: int
    starts_at: str
    venue: str


CLUBS: dict[int, Club] = {}
MEETINGS: list[Meeting] = []
