from datetime import datetime

from fastapi import APIRouter
from pydantic import BaseModel

from pottery.cones import cone_temperature
from pottery.store import FIRINGS, KILNS

router = APIRouter(tags=["firings"])


class FiringIn(BaseModel):
    kilnId: int
    cone: str
    glaze: str | None = None


class Firing(BaseModel):
    id: int
    kilnId: int
    cone: str
    glaze: str | None
    peakC: int
    startedAt: datetime


@router.get("", response_model=list[Firing])
def list_firings():
    return FIRINGS


@router.post("", response_model=Firing, status_code=201)
def start_firing(firing: FiringIn):
    started = Firing(
        id=len(FIRINGS) + 1,
        kilnId=firing.kilnId,
        cone=firing.cone,
        glaze=firing.glaze,
        peakC=cone_temperature(firing.cone),
        startedAt=datetime.now(),
    )
    KILNS[firing.kilnId]["status"] = "firing"
    FIRINGS.append(started)
    return started
