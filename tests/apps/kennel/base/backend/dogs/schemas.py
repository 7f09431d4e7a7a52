from datetime import datetime

from ninja import Field, Schema


class DogOut(Schema):
    id: int
    name: str
    breed: str
    owner_name: str = Field(..., alias="owner.name")
    checked_in: bool


class DogDetailOut(DogOut):
    feeding_notes: str
    owner_phone: str = Field(..., alias="owner.phone")


class CheckInIn(Schema):
    kennel_number: int
    notes: str = ""


class CheckInOut(Schema):
    dog_id: int
    kennel_number: int
    checked_in_at: datetime
