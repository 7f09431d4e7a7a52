"""bookclub: a Flask API (a blueprint under /api, `jsonify` of dict literals and of a
serializer functions' dicts) and a React client whose state lives in MobX stores: classes whose
async methods set their fields to what axios gives (`this.clubs = response.data`, inside
`runInAction(() => {...})` too), exported as module-level instances (`export const clubStore =
new ClubStore()`) that `observer` components import and read (`clubStore.clubs.map(...)`,
`const { meetings, planned } = meetingStore`), handing items on to a card."""

BACKEND = "backend/bookclub"
FRONTEND = "frontend/src"

CHANGES = {
    # A club's `currentBook` is `book` now; the card still shows `club.currentBook` (the
    # store's `clubs`, set in `runInAction`, looped over by the list).
    "current-book-renamed": [
        ("edit", f"{BACKEND}/serializers.py", '"currentBook": club.current_book,', '"book": club.current_book,'),
    ],
    # Joining answers with `members`; the store still keeps `data.memberCount`.
    "join-count-renamed": [
        ("edit", f"{BACKEND}/api.py", '{"id": club.id, "memberCount": len(club.members)}',
         '{"id": club.id, "members": len(club.members)}'),
    ],
    # A meeting's `venue` is `location`; the planner still shows `meeting.venue` (the store's
    # `meetings`, destructured from the store instance).
    "venue-renamed": [
        ("edit", f"{BACKEND}/serializers.py", '"venue": meeting.venue}', '"location": meeting.venue}'),
    ],
    # Planning answers with `start`; the planner still shows `planned.startsAt`.
    "planned-starts-at-renamed": [
        ("edit", f"{BACKEND}/api.py", '{"id": meeting.id, "startsAt": meeting.starts_at, "place": meeting.venue}), 201',
         '{"id": meeting.id, "start": meeting.starts_at, "place": meeting.venue}), 201'),
    ],
    # The meetings list comes under `items`; the store still reads `response.data.meetings`.
    "meetings-key-renamed": [
        ("edit", f"{BACKEND}/api.py", '        "meetings": [meeting_to_dict(m)', '        "items": [meeting_to_dict(m)'),
    ],
    # The clubs list is /api/book-clubs; the store still asks for /clubs.
    "clubs-route-moved": [
        ("edit", f"{BACKEND}/api.py", '@api_bp.get("/clubs")', '@api_bp.get("/book-clubs")'),
    ],
    # Refactor: the clubs list moves with its client.
    "refactor-clubs-route-with-client": [
        ("edit", f"{BACKEND}/api.py", '@api_bp.get("/clubs")', '@api_bp.get("/book-clubs")'),
        ("edit", f"{FRONTEND}/stores/clubStore.ts", "http.get<Club[]>('/clubs')", "http.get<Club[]>('/book-clubs')"),
    ],
    # Refactor: more fields sent; nothing read goes away.
    "refactor-fields-added": [
        ("edit", f"{BACKEND}/serializers.py", '"memberCount": len(club.members),\n',
         '"memberCount": len(club.members),\n        "members": list(club.members),\n'),
        ("edit", f"{BACKEND}/api.py", '        "clubId": club_id,\n', '        "clubId": club_id,\n        "count": len(meetings),\n'),
    ],
}
