from litestar import delete, get, post

from atelier.models import Booking, BookingIn

BOOKINGS: dict[int, Booking] = {}


@get("/bookings")
async def list_bookings() -> list[Booking]:
    return list(BOOKINGS.values())


@post("/bookings")
async def create_booking(data: BookingIn) -> Booking:
    booking = Booking(len(BOOKINGS) + 1, data.workshop_id, data.name, paid=False)
    BOOKINGS[booking.id] = booking
    return booking


@delete("/bookings/{booking_id:int}")
async def cancel_booking(booking_id: int) -> None:
    BOOKINGS.pop(booking_id, None)
