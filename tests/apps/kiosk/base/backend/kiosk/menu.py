from robyn import SubRouter

from kiosk.store import ITEMS, Item

menu = SubRouter(__file__, prefix="/api/menu")


def item_json(item: Item) -> dict:
    return {"id": item.id, "name": item.name, "price_cents": item.price_cents}


@menu.get("/")
def list_items():
    return {"items": [item_json(item) for item in ITEMS.values() if item.available]}
