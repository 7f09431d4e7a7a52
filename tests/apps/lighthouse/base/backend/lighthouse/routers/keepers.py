from datetime import datetime

from fastapi import APIRouter
from pydantic import BaseModel

from lighthouse.store import KEEPERS, SHIFTS

router = APIRouter(prefix="/keepers", tags=["keepers"])


class Keeper(BaseModel):
    id: int
    name: str
    station: str


class ShiftIn(BaseModel):
    keeperId: int
    start: datetime
    hours: int = 8


class Shift(BaseModel):
    id: int
    keeperId: int
    start: datetime
    hours: int


@router.get("", response_model=list[Keeper])
def list_keepers():
    return list(KEEPERS.values())


@router.post("/shifts", response_model=Shift, status_code=201)
def book_shift(shift: ShiftIn):
    booked = Shift(id=len(SHIFTS) + 1, **shift.model_dump())
    SHIFTS.append(booked)
    return booked
