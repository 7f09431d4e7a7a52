"""A path parameter that takes digits only: FastAPI's `{user_id}` of a view parameter annotated
`int` (a 422 for `/users/me`), Flask's `<int:id>` and Starlette's `{id:int}` (a 404), Express's
`:id(\\d+)`. A request for `/users/me` is served by `/users/me`, never by `/users/{user_id}`
of an `int`, so removing `/users/me` breaks it. The cases run in memory (conftest.selected_keys)."""

from __future__ import annotations

import pytest
from conftest import selected_keys

from impact.http import paths

USERS = '''\
from typing import Annotated

from fastapi import FastAPI, Path

app = FastAPI()


@app.get("/users/me")
def read_me():
    return {"name": "me"}


@app.get("/users/{user_id}")
def read_user(user_id: int):
    return {"name": "someone"}


@app.get("/teams/{slug}")
def read_team(slug: str):
    return {"name": "team"}


@app.get("/teams/{team_id}/members/{member_id}")
def read_member(team_id: Annotated[int, Path(gt=0)], member_id: str):
    return {"name": "member"}
'''
CLIENT = '''\
export const me = () => fetch("/users/me");
export const user = (id) => fetch(`/users/${id}`);
export const mine = () => fetch("/teams/mine");
export const member = (id) => fetch(`/teams/7/members/${id}`);
export const named = () => fetch("/teams/core/members/ann");
'''
BASE = {"main.py": USERS, "web/api.js": CLIENT}
WITHOUT_ME = USERS.replace('@app.get("/users/me")\ndef read_me():\n    return {"name": "me"}\n\n\n', "")


def _keys(base: dict, change: dict) -> list[tuple]:
    return sorted(selected_keys(base, change, ("IMP4",)))


def test_a_request_a_removed_route_served_is_not_served_by_an_integer_parameter():
    assert _keys(BASE, {"main.py": WITHOUT_ME}) == [
        ("IMP401", "web/api.js", 1, "error", "GET /users/me"),
        ("IMP403", "main.py", 8, "error", "GET /users/me")]


def test_a_string_parameter_still_serves_it():
    base = {"main.py": USERS.replace("user_id: int", "user_id: str"), "web/api.js": CLIENT}
    change = {"main.py": WITHOUT_ME.replace("user_id: int", "user_id: str")}
    assert _keys(base, change) == []  # `/users/{user_id}` serves `/users/me` now


def test_a_parameter_that_becomes_an_integer_no_longer_serves_a_word():
    # `/teams/core/members/ann` was served by `{team_id}` as a string; an `int` refuses `core`
    change = {"main.py": USERS.replace("team_id: Annotated[int, Path(gt=0)]", "team_id: str")}
    assert _keys(BASE, change) == []
    base = {"main.py": USERS.replace("team_id: Annotated[int, Path(gt=0)]", "team_id: str"),
            "web/api.js": CLIENT}
    assert _keys(base, {"main.py": USERS}) == [
        ("IMP401", "web/api.js", 5, "error", "GET /teams/core/members/ann")]


FLASK = '''\
from flask import Flask

app = Flask(__name__)


@app.get("/users/me")
def read_me():
    return {"name": "me"}


@app.get("/users/<int:user_id>")
def read_user(user_id: int):
    return {"name": "someone"}
'''


@pytest.mark.parametrize("served, broken", [
    ("<int:user_id>", True),  # Flask's converter: a 404 for `me`
    ("<user_id>", False),  # a string, whatever the view's annotation says
])
def test_flask_converters_decide_not_annotations(served, broken):
    flask = FLASK.replace("<int:user_id>", served)
    base = {"main.py": flask, "web/api.js": CLIENT}
    change = {"main.py": flask.replace('@app.get("/users/me")\ndef read_me():\n    return {"name": "me"}\n\n\n', "")}
    expected = []  # `/users/<user_id>` serves `/users/me` now
    if broken:
        expected = [("IMP401", "web/api.js", 1, "error", "GET /users/me"),
                    ("IMP403", "main.py", 6, "error", "GET /users/me")]
    assert _keys(base, change) == expected


@pytest.mark.parametrize("route, path", [
    ("/users/<int:id>", ("users", paths.NUMBER)),
    ("/users/{id:int}", ("users", paths.NUMBER)),
    ("/users/:id(\\d+)", ("users", paths.NUMBER)),
    ("/users/:id", ("users", paths.PARAM)),
    ("/users/<float:id>", ("users", paths.PARAM)),
])
def test_the_segments_that_take_digits_only(route, path):
    assert paths.route_paths(route) == [path]


@pytest.mark.parametrize("asked, served, reached", [
    (("users", "me"), ("users", paths.NUMBER), False),
    (("users", "42"), ("users", paths.NUMBER), True),
    (("users", paths.PARAM), ("users", paths.NUMBER), True),  # `${id}`: a number, maybe
    (("users", paths.NUMBER), ("users", "me"), False),
    (("users", paths.NUMBER), ("users", paths.PARAM), True),
])
def test_what_a_number_matches(asked, served, reached):
    assert paths.matches(asked, served) is reached
