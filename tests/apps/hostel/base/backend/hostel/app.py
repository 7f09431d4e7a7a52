import falcon

from hostel.bookings import BookingResource, BookingsResource
from hostel.rooms import RoomResource, RoomsResource

app = falcon.App(cors_enable=True)
booking = BookingResource()
app.add_route("/api/rooms", RoomsResource())
app.add_route("/api/rooms/{room_id:int}", RoomResource())
app.add_route("/api/bookings", BookingsResource())
app.add_route("/api/bookings/{booking_id:int}", booking)
app.add_route("/api/bookings/{booking_id:int}/checkin", booking, suffix="checkin")
