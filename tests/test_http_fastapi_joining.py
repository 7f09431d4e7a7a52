"""FastAPI joins a router's prefix and a route's path as written (`self.prefix + path` in
fastapi/routing.py): `/api/chats` + `leave_chat/{chat_id}` is served at
`/api/chatsleave_chat/{chat_id}`, so a request for `/api/chats/leave_chat/1` was never served.
Paths that start with `/` are joined as before. The cases run in memory (conftest.selected_keys)."""

from __future__ import annotations

from conftest import run_impact, selected_keys

MAIN = '''\
from fastapi import FastAPI

from .chats import router

app = FastAPI()
app.include_router(router, prefix="/api")
'''
CHATS = '''\
from fastapi import APIRouter

router = APIRouter(prefix="/chats")


@router.post("leave_chat/{chat_id}")
async def leave_chat(chat_id: int):
    return {"ok": True}


@router.post("/{chat_id}/messages")
async def post_message(chat_id: int):
    return {"ok": True}
'''
CLIENT = '''\
export async function leave(id) {
  await fetch(`/api/chats/leave_chat/${id}`, { method: "POST" })
}

export async function send(id) {
  await fetch(`/api/chats/${id}/messages`, { method: "POST" })
}
'''
BASE = {"backend/__init__.py": "", "backend/main.py": MAIN, "backend/chats.py": CHATS,
        "frontend/chat.js": CLIENT}


def _keys(change: dict) -> list[tuple]:
    return sorted(selected_keys(BASE, change, ("IMP4",)))


def test_a_path_without_a_leading_slash_is_glued_to_the_prefix():
    change = {"backend/chats.py": CHATS.replace('"leave_chat/{chat_id}"', '"/leave/{chat_id}"')}
    assert _keys(change) == [
        ("IMP403", "backend/chats.py", 6, "warning", "POST /api/chatsleave_chat/{chat_id}")]


def test_paths_with_a_leading_slash_are_joined_as_before():
    change = {"backend/chats.py": CHATS.replace('"/{chat_id}/messages"', '"/{chat_id}/posts"')}
    assert _keys(change) == [
        ("IMP401", "frontend/chat.js", 6, "error", "POST /api/chats/{param}/messages"),
        ("IMP403", "backend/chats.py", 11, "error", "POST /api/chats/{chat_id}/messages")]


def test_routes_lists_the_glued_path(repo_factory):
    repo = repo_factory([BASE])
    result = run_impact(repo, "routes", "HEAD")
    assert result.exit_code == 0, result.stderr
    served = [line.split()[1] for line in result.stdout.splitlines() if line.startswith("POST")]
    assert served == ["/api/chatsleave_chat/{chat_id}", "/api/chats/{chat_id}/messages"]
