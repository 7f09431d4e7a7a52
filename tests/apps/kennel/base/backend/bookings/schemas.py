from datetime import date

from ninja import Schema


class BookingIn(Schema):
    dog_id: int
    starts_on: date
    ends_on: date
    grooming: bool = False


class BookingOut(Schema):
    id: int
    dog_id: int
    dog_name: str
    starts_on: date
    ends_on: date
    grooming: bool
    nights: int

    @staticmethod
    def resolve_dog_name(obj):
        return obj.dog.name

    @staticmethod
    def resolve_nights(obj):
        return (obj.ends_on - obj.starts_on).days
