from fastapi import APIRouter, HTTPException
from pydantic import BaseModel

from lighthouse.optics import beam_range
from lighthouse.store import LAMPS

router = APIRouter()


class Lamp(BaseModel):
    id: int
    name: str
    wattage: int
    rangeNm: float
    lit: bool


class WattageChange(BaseModel):
    wattage: int
    reason: str | None = None


def lamp_out(lamp: dict) -> Lamp:
    return Lamp(
        id=lamp["id"],
        name=lamp["name"],
        wattage=lamp["wattage"],
        rangeNm=beam_range(lamp["wattage"], lamp["height_m"]),
        lit=lamp["lit"],
    )


@router.get("/", response_model=list[Lamp])
def list_lamps():
    return [lamp_out(lamp) for lamp in LAMPS.values()]


@router.get("/{lamp_id}", response_model=Lamp)
def get_lamp(lamp_id: int):
    if lamp_id not in LAMPS:
        raise HTTPException(status_code=404, detail="no such lamp")
    return lamp_out(LAMPS[lamp_id])


@router.patch("/{lamp_id}", response_model=Lamp)
def change_wattage(lamp_id: int, change: WattageChange):
    lamp = LAMPS[lamp_id]
    lamp["wattage"] = change.wattage
    return lamp_out(lamp)


@router.post("/{lamp_id}/light", response_model=Lamp)
def light(lamp_id: int):
    LAMPS[lamp_id]["lit"] = True
    return lamp_out(LAMPS[lamp_id])
