from typing import Annotated

from fastapi import APIRouter, Depends
from pydantic import BaseModel

from ..routing import TimedRoute, pagination

router = APIRouter(prefix="/orders", route_class=TimedRoute)


class NewOrder(BaseModel):
    toolId: int
    quantity: int
    customer: str


class Order(BaseModel):
    id: int
    toolId: int
    quantity: int
    customer: str
    status: str


ORDERS: list[Order] = []


@router.get("", response_model=list[Order])
def list_orders(page: Annotated[dict, Depends(pagination)]):
    return ORDERS[page["offset"]:page["offset"] + page["limit"]]


@router.post("", response_model=Order, status_code=201)
def place_order(order: NewOrder):
    placed = Order(id=len(ORDERS) + 1, status="queued", **order.model_dump())
    ORDERS.append(placed)
    return placed
