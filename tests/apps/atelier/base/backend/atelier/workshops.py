from litestar import Controller, get, post
from litestar.exceptions import NotFoundException

from atelier.models import Workshop

WORKSHOPS = {1: Workshop(1, "Wheel throwing", "Ada", 6, 45.0)}


class WorkshopController(Controller):
    path = "/workshops"

    @get()
    async def list_workshops(self) -> list[Workshop]:
        return list(WORKSHOPS.values())

    @get("/{workshop_id:int}")
    async def get_workshop(self, workshop_id: int) -> Workshop:
        if workshop_id not in WORKSHOPS:
            raise NotFoundException()
        return WORKSHOPS[workshop_id]

    @post("/{workshop_id:int}/waitlist")
    async def join_waitlist(self, workshop_id: int) -> Workshop:
        return WORKSHOPS[workshop_id]
