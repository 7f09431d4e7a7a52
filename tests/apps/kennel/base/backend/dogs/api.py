from django.shortcuts import get_object_or_404
from django.utils import timezone
from ninja import Router

from dogs.models import Dog
from dogs.schemas import CheckInIn, CheckInOut, DogDetailOut, DogOut

router = Router(tags=["dogs"])


@router.get("/", response=list[DogOut])
def list_dogs(request, checked_in: bool | None = None):
    dogs = Dog.objects.select_related("owner")
    if checked_in is not None:
        dogs = dogs.filter(checked_in=checked_in)
    return dogs


@router.get("/{dog_id}", response=DogDetailOut)
def get_dog(request, dog_id: int):
    return get_object_or_404(Dog.objects.select_related("owner"), id=dog_id)


@router.post("/{dog_id}/check-in", response=CheckInOut)
def check_in(request, dog_id: int, payload: CheckInIn):
    dog = get_object_or_404(Dog, id=dog_id)
    dog.checked_in = True
    dog.save(update_fields=["checked_in"])
    return {"dog_id": dog.id, "kennel_number": payload.kennel_number, "checked_in_at": timezone.now()}


@router.post("/{dog_id}/check-out", response={204: None})
def check_out(request, dog_id: int):
    Dog.objects.filter(id=dog_id).update(checked_in=False)
    return 204, None
