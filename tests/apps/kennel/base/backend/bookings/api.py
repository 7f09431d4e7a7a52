from django.shortcuts import get_object_or_404
from ninja import Router

from bookings.models import Booking
from bookings.schemas import BookingIn, BookingOut

router = Router(tags=["bookings"])


@router.get("/", response=list[BookingOut])
def list_bookings(request):
    return Booking.objects.filter(cancelled=False).select_related("dog")


@router.post("/", response={201: BookingOut})
def create_booking(request, payload: BookingIn):
    booking = Booking.objects.create(**payload.dict())
    return 201, booking


@router.delete("/{booking_id}", response={204: None})
def cancel_booking(request, booking_id: int):
    booking = get_object_or_404(Booking, id=booking_id)
    booking.cancelled = True
    booking.save(update_fields=["cancelled"])
    return 204, None
