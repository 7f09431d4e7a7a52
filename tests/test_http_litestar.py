"""Litestar: handler functions and `Controller` methods served where a `route_handlers` list
reaches the app (through `Router(path=...)`), dataclass return annotations as what a handler
sends, its `data` dataclass as the body it requires."""

from __future__ import annotations

from conftest import selected_keys

MODELS = """\
from dataclasses import dataclass


@dataclass
class Workshop:
    id: int
    title: str
    seats_left: int


@dataclass
class BookingIn:
    workshop_id: int
    email: str | None = None
"""
HANDLERS = """\
from litestar import Controller, get, post

from atelier.models import BookingIn, Workshop


class WorkshopController(Controller):
    path = "/workshops"

    @get()
    async def list_workshops(self) -> list[Workshop]:
        return []

    @post("/{workshop_id:int}/waitlist")
    async def join(self, workshop_id: int) -> Workshop:
        return Workshop(workshop_id, "x", 1)


@post("/bookings")
async def book(data: BookingIn) -> None:
    return None
"""
APP = """\
from litestar import Litestar, Router

from atelier.handlers import WorkshopController, book

api = Router(path="/api", route_handlers=[WorkshopController, book])
app = Litestar(route_handlers=[api])
"""
WEB = """\
export async function workshops() {
  const list = await (await fetch('/api/workshops')).json();
  return list.map((w) => w.seats_left);
}

export async function join(id) {
  return fetch(`/api/workshops/${id}/waitlist`, { method: 'POST' });
}

export async function book(id) {
  return fetch('/api/bookings', { method: 'POST', body: JSON.stringify({ workshop_id: id }) });
}
"""
BASE = {"api/atelier/__init__.py": "", "api/atelier/models.py": MODELS,
        "api/atelier/handlers.py": HANDLERS, "api/atelier/app.py": APP, "web/api.js": WEB}


def _keys(change):
    return sorted(key[:4] for key in selected_keys(BASE, change, ("IMP4",)))


def test_a_controller_route_renamed_and_a_handler_left_out_of_the_router():
    renamed = {"api/atelier/handlers.py": HANDLERS.replace("/waitlist", "/wait-list")}
    assert _keys(renamed) == [("IMP401", "web/api.js", 7, "error"),
                              ("IMP403", "api/atelier/handlers.py", 13, "error")]
    left_out = {"api/atelier/app.py": APP.replace("[WorkshopController, book]", "[WorkshopController]")}
    assert _keys(left_out) == [("IMP401", "web/api.js", 11, "error"),
                               ("IMP403", "api/atelier/handlers.py", 18, "error")]


def test_a_handler_list_impact_cannot_read_says_nothing_of_handlers_no_list_names():
    unread = {"api/atelier/app.py": APP.replace("[WorkshopController, book]", "[WorkshopController]")
              .replace("route_handlers=[api]", "route_handlers=[api, *EXTRA]")}
    assert _keys(unread) == []


def test_a_dataclass_field_renamed_and_a_body_field_now_required():
    renamed = {"api/atelier/models.py": MODELS.replace("    seats_left: int", "    seats_free: int")}
    assert _keys(renamed) == [("IMP402", "web/api.js", 3, "error"),
                              ("IMP404", "api/atelier/models.py", 8, "error")]
    required = {"api/atelier/models.py": MODELS.replace("    email: str | None = None", "    email: str")}
    assert _keys(required) == [("IMP405", "web/api.js", 11, "error")]
