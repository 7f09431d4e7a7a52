from .data import Club, Meeting


def club_to_dict(club: Club) -> dict:
    return {
        "id": club.id,
        "name": club.name,
        "currentBook": club.current_book,
        "memberCount": len(club.members),
    }


def meeting_to_dict(meeting: Meeting) -> dict:
    return {"id": meeting.id, "startsAt": meeting.starts_at, "venue": meeting.venue}
