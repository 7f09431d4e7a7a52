import falcon

from hostel.store import BOOKINGS, ROOMS, Booking, next_id


def booking_json(booking: Booking) -> dict:
    return {
        "id": booking.id,
        "room": booking.room.name,
        "guest": booking.guest,
        "nights": booking.nights,
        "checked_in": booking.checked_in,
    }


class BookingsResource:
    def on_get(self, req: falcon.Request, resp: falcon.Response) -> None:
        resp.media = [booking_json(booking) for booking in BOOKINGS.values()]

    def on_post(self, req: falcon.Request, resp: falcon.Response) -> None:
        data = req.get_media()
        booking = Booking(next_id(BOOKINGS), ROOMS[data["room_id"]], data["guest"],
                          nights=data.get("nights", 1), email=data.get("email"))
        BOOKINGS[booking.id] = booking
        resp.status = falcon.HTTP_201
        resp.media = booking_json(booking)


class BookingResource:
    def on_delete(self, req: falcon.Request, resp: falcon.Response, booking_id: int) -> None:
        BOOKINGS.pop(booking_id, None)
        resp.status = falcon.HTTP_204

    def on_post_checkin(self, req: falcon.Request, resp: falcon.Response, booking_id: int) -> None:
        booking = BOOKINGS[booking_id]
        booking.checked_in = True
        resp.media = booking_json(booking)
