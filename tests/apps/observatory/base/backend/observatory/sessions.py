from dataclasses import dataclass

from blacksheep import FromJSON, delete, json, post

from observatory.units import arcseconds

SESSIONS: dict[int, dict] = {}


@dataclass
class NewSession:
    telescope_id: int
    target: str
    seeing_deg: float = 0.0
    observer: str = ""


@post("/api/sessions")
async def log_session(data: FromJSON[NewSession]):
    session = data.value
    session_id = len(SESSIONS) + 1
    SESSIONS[session_id] = {
        "id": session_id,
        "telescope_id": session.telescope_id,
        "target": session.target,
        "seeing_arcsec": arcseconds(session.seeing_deg),
        "observer": session.observer,
    }
    return json(SESSIONS[session_id])


@delete("/api/sessions/{session_id}")
async def drop_session(session_id: int):
    SESSIONS.pop(session_id, None)
    return json({"dropped": session_id})
