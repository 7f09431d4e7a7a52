from fastapi import APIRouter

from app import db
from app.schemas import StaffOut

router = APIRouter(prefix="/staff", tags=["staff"])


@router.get("", response_model=list[StaffOut])
def list_staff():
    return [StaffOut(id=p.id, full_name=p.full_name, role=p.role) for p in db.STAFF.values()]
