from sanic import Blueprint, Request, json
from sanic.exceptions import NotFound

from bakery.store import CAKES, Cake, next_id

cakes = Blueprint("cakes", url_prefix="/cakes")


def cake_json(cake: Cake) -> dict:
    return {
        "id": cake.id,
        "name": cake.name,
        "price": cake.price,
        "vegan": cake.vegan,
    }


@cakes.get("/")
async def list_cakes(request: Request):
    return json([cake_json(cake) for cake in CAKES.values()])


@cakes.get("/<cake_id:int>")
async def get_cake(request: Request, cake_id: int):
    cake = CAKES.get(cake_id)
    if cake is None:
        raise NotFound("no such cake")
    return json(cake_json(cake))


@cakes.post("/")
async def add_cake(request: Request):
    data = request.json
    cake = Cake(next_id(CAKES), data["name"], data["price"], vegan=data.get("vegan", False))
    CAKES[cake.id] = cake
    return json(cake_json(cake), status=201)
