import falcon

from hostel.store import ROOMS, Room


def room_json(room: Room) -> dict:
    return {"id": room.id, "name": room.name, "beds": room.beds, "price": room.price}


class RoomsResource:
    def on_get(self, req: falcon.Request, resp: falcon.Response) -> None:
        resp.media = [room_json(room) for room in ROOMS.values()]


class RoomResource:
    def on_get(self, req: falcon.Request, resp: falcon.Response, room_id: int) -> None:
        room = ROOMS.get(room_id)
        if room is None:
            raise falcon.HTTPNotFound()
        resp.media = room_json(room)
