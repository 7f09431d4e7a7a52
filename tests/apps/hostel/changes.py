"""hostel: a Falcon API (`app = falcon.App()`, `app.add_route(path, resource)` with typed path
fields `{booking_id:int}` and a `suffix="checkin"` route served by the resource's
`on_post_checkin`; resource classes whose responder methods `on_get`/`on_post`/`on_delete` set
`resp.media` to a serializer function's dict or a list of them; the body read with
`data = req.get_media()`: `data["guest"]` required, `data.get("email")` not) and a Svelte 5
client: a `request<T>(method, path, body)` wrapper over `fetch` under `import.meta.env.VITE_API_URL
?? '/api'`, runes (`$state`, `$effect` setting state from a wrapper's promise, `$props()`
destructured with a type), `{#each}` blocks handing items to a card, and the value a wrapper
resolves to in an event handler."""

BACK = "backend/hostel"
WEB = "web/src"

CHANGES = {
    # Checking in is /arrive now; the wrapper still posts to /checkin.
    "checkin-route-renamed": [
        ("edit", f"{BACK}/app.py", '"/api/bookings/{booking_id:int}/checkin"',
         '"/api/bookings/{booking_id:int}/arrive"'),
    ],
    # A booking can no longer be deleted (a 405); the list's button still sends DELETE.
    "cancel-responder-removed": [
        ("edit", f"{BACK}/bookings.py",
         ("    def on_delete(self, req: falcon.Request, resp: falcon.Response, booking_id: int) -> None:\n"
          "        BOOKINGS.pop(booking_id, None)\n        resp.status = falcon.HTTP_204\n\n"), ""),
    ],
    # The resources moved into a package; app.py still imports hostel.bookings (the app dies).
    "bookings-module-moved": [
        ("move", f"{BACK}/bookings.py", f"{BACK}/resources/bookings.py"),
        ("write", f"{BACK}/resources/__init__.py", ""),
    ],
    # A room's `beds` is `bed_count`; the card still shows `room.beds`.
    "beds-renamed": [
        ("edit", f"{BACK}/rooms.py", '"beds": room.beds', '"bed_count": room.beds'),
    ],
    # A booking no longer names its guest; the list and the confirmation still show it.
    "guest-dropped": [
        ("edit", f"{BACK}/bookings.py", '        "guest": booking.guest,\n', ""),
    ],
    # A booking must give an email now; the wrapper still books without one (a 500).
    "email-now-required": [
        ("edit", f"{BACK}/bookings.py", 'email=data.get("email")', 'email=data["email"]'),
    ],
    # Refactor: the check-in route is renamed with its client.
    "refactor-checkin-route-with-client": [
        ("edit", f"{BACK}/app.py", '"/api/bookings/{booking_id:int}/checkin"',
         '"/api/bookings/{booking_id:int}/arrive"'),
        ("edit", f"{WEB}/lib/api.ts", "`/bookings/${id}/checkin`", "`/bookings/${id}/arrive`"),
    ],
    # Refactor: more fields served, an optional one accepted; nothing read goes away.
    "refactor-fields-added": [
        ("edit", f"{BACK}/rooms.py", '"price": room.price}', '"price": room.price, "shared": room.beds > 2}'),
        ("edit", f"{BACK}/bookings.py", '"checked_in": booking.checked_in,\n',
         '"checked_in": booking.checked_in,\n        "email": booking.email,\n'),
        ("edit", f"{BACK}/bookings.py", 'nights=data.get("nights", 1)', 'nights=data.get("nights") or 1'),
    ],
}
