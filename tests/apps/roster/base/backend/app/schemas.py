from datetime import datetime

from pydantic import BaseModel


class ShiftOut(BaseModel):
    id: int
    role: str
    starts_at: datetime
    ends_at: datetime
    staff_name: str | None = None


class ClaimIn(BaseModel):
    staff_id: int


class StaffOut(BaseModel):
    id: int
    full_name: str
    role: str
