from litestar import Litestar, Router

from atelier.bookings import cancel_booking, create_booking, list_bookings
from atelier.workshops import WorkshopController

api = Router(path="/api", route_handlers=[WorkshopController, list_bookings, create_booking,
                                          cancel_booking])

app = Litestar(route_handlers=[api])
