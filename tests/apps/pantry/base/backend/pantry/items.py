from aiohttp import web

from pantry.store import ITEMS, Item, next_id

routes = web.RouteTableDef()


def item_json(item: Item) -> dict:
    return {
        "id": item.id,
        "name": item.name,
        "quantity": item.quantity,
        "expires": item.expires.isoformat() if item.expires else None,
        "shelf": item.shelf,
    }


@routes.get("/items")
async def list_items(request: web.Request) -> web.Response:
    return web.json_response([item_json(item) for item in ITEMS.values()])


@routes.get("/items/{item_id}")
async def get_item(request: web.Request) -> web.Response:
    item = ITEMS.get(int(request.match_info["item_id"]))
    if item is None:
        raise web.HTTPNotFound()
    return web.json_response(item_json(item))


@routes.post("/items")
async def add_item(request: web.Request) -> web.Response:
    data = await request.json()
    item = Item(next_id(ITEMS), data["name"], data.get("quantity", 1), shelf=data.get("shelf", "pantry"))
    ITEMS[item.id] = item
    return web.json_response(item_json(item), status=201)


@routes.post("/items/{item_id}/consume")
async def consume_item(request: web.Request) -> web.Response:
    item = ITEMS[int(request.match_info["item_id"])]
    data = await request.json()
    item.quantity = max(0, item.quantity - data.get("amount", 1))
    return web.json_response(item_json(item))
