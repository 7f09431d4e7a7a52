from fastapi import APIRouter, HTTPException

from app import db
from app.schemas import ClaimIn, ShiftOut

router = APIRouter(prefix="/shifts", tags=["shifts"])


def _out(shift: db.Shift) -> ShiftOut:
    person = db.STAFF.get(shift.staff_id) if shift.staff_id is not None else None
    return ShiftOut(id=shift.id, role=shift.role, starts_at=shift.starts_at, ends_at=shift.ends_at,
                    staff_name=person.full_name if person else None)


@router.get("", response_model=list[ShiftOut])
def list_shifts():
    return [_out(s) for s in sorted(db.SHIFTS.values(), key=lambda s: s.starts_at)]


@router.post("/{shift_id}/claim", response_model=ShiftOut)
def claim_shift(shift_id: int, body: ClaimIn):
    shift = db.SHIFTS.get(shift_id)
    if shift is None or body.staff_id not in db.STAFF:
        raise HTTPException(status_code=404, detail="Not found")
    shift.staff_id = body.staff_id
    return _out(shift)
