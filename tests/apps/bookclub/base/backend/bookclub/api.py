from flask import Blueprint, abort, jsonify, request

from .data import CLUBS, MEETINGS, Meeting
from .serializers import club_to_dict, meeting_to_dict

api_bp = Blueprint("api", __name__)


@api_bp.get("/clubs")
def list_clubs():
    return jsonify([club_to_dict(club) for club in CLUBS.values()])


@api_bp.post("/clubs/<int:club_id>/join")
def join_club(club_id):
    club = CLUBS.get(club_id)
    if club is None:
        abort(404)
    club.members.append(request.get_json(force=True)["member"])
    return jsonify({"id": club.id, "memberCount": len(club.members)})


@api_bp.get("/clubs/<int:club_id>/meetings")
def list_meetings(club_id):
    meetings = [m for m in MEETINGS if m.club_id == club_id]
    return jsonify({
        "clubId": club_id,
        "meetings": [meeting_to_dict(m) for m in meetings],
    })


@api_bp.post("/clubs/<int:club_id>/meetings")
def plan_meeting(club_id):
    payload = request.get_json(force=True)
    meeting = Meeting(len(MEETINGS) + 1, club_id, payload["startsAt"], payload["venue"])
    MEETINGS.append(meeting)
    return jsonify({"id": meeting.id, "startsAt": meeting.starts_at, "place": meeting.venue}), 201
