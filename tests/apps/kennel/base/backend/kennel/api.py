from ninja import NinjaAPI

from bookings.api import router as bookings_router
from dogs.api import router as dogs_router

api = NinjaAPI(title="kennel", version="1.0.0")

api.add_router("/dogs/", dogs_router)
api.add_router("/bookings/", bookings_router)


@api.get("/health")
def health(request):
    return {"ok": True}
