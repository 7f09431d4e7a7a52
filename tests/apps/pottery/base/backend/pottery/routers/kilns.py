from fastapi import APIRouter, HTTPException
from pydantic import BaseModel

from pottery.store import KILNS

router = APIRouter(tags=["kilns"])


class Kiln(BaseModel):
    id: int
    name: str
    maxTempC: int
    status: str


def kiln_out(kiln: dict) -> Kiln:
    return Kiln(id=kiln["id"], name=kiln["name"], maxTempC=kiln["max_temp_c"], status=kiln["status"])


@router.get("", response_model=list[Kiln])
def list_kilns():
    return [kiln_out(kiln) for kiln in KILNS.values()]


@router.get("/{kiln_id}", response_model=Kiln)
def get_kiln(kiln_id: int):
    if kiln_id not in KILNS:
        raise HTTPException(status_code=404, detail="no such kiln")
    return kiln_out(KILNS[kiln_id])


@router.post("/{kiln_id}/vent", response_model=Kiln)
def vent_kiln(kiln_id: int):
    KILNS[kiln_id]["status"] = "venting"
    return kiln_out(KILNS[kiln_id])
