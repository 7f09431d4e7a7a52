"""IMP401/IMP403 on a FastAPI backend (APIRouter prefixes stacked with include_router) with
a TSX frontend whose base URL is a constant imported from another module, and on a Next.js
app whose `app/api/**/route.ts` handlers are called from its pages."""

from __future__ import annotations

from conftest import selected_keys

MAIN = '''\
from fastapi import FastAPI

from .routers import threads

app = FastAPI(title="forum")
app.include_router(threads.router, prefix="/api")
'''
THREADS = '''\
from fastapi import APIRouter
from pydantic import BaseModel

router = APIRouter(prefix="/threads", tags=["threads"])


class ThreadResponse(BaseModel):
    id: int
    title: str


@router.get("", response_model=list[ThreadResponse])
async def list_threads():
    return []


@router.get("/{thread_id}", response_model=ThreadResponse)
async def get_thread(thread_id: int):
    return ThreadResponse(id=thread_id, title="t")


@router.post("/{thread_id}/replies", status_code=201)
async def reply(thread_id: int, body: dict):
    return {"ok": True}
'''
CONFIG = '''\
export const API_BASE: string = import.meta.env.VITE_API_URL ?? "/api"
'''
THREAD_VIEW = '''\
import { useEffect, useState } from "react"
import { API_BASE } from "../config"

interface Thread { id: number; title: string }

export function ThreadView({ id }: { id: number }) {
  const [thread, setThread] = useState<Thread | null>(null)
  useEffect(() => {
    fetch(`${API_BASE}/threads/${id}`).then((r) => r.json()).then(setThread)
  }, [id])
  async function reply(text: string) {
    await fetch(`${API_BASE}/threads/${id}/replies`, { method: "POST", body: JSON.stringify({ text }) })
  }
  return <h1 onClick={() => reply("hi")}>{thread?.title}</h1>
}
'''
FASTAPI = {"backend/app/__init__.py": "", "backend/app/main.py": MAIN,
           "backend/app/routers/__init__.py": "", "backend/app/routers/threads.py": THREADS,
           "frontend/src/config.ts": CONFIG, "frontend/src/components/ThreadView.tsx": THREAD_VIEW}


def _keys(base: dict, change: dict) -> list[tuple]:
    return selected_keys(base, change, ("IMP4",))


def test_fastapi_route_renamed_without_its_tsx_caller():
    change = {"backend/app/routers/threads.py": THREADS.replace("/{thread_id}/replies", "/{thread_id}/comments")}
    assert _keys(FASTAPI, change) == [
        ("IMP403", "backend/app/routers/threads.py", 22, "error", "POST /api/threads/{thread_id}/replies"),
        ("IMP401", "frontend/src/components/ThreadView.tsx", 12, "error",
         "POST /api/threads/{param}/replies"),
    ]


def test_fastapi_router_prefix_changed_breaks_calls_through_the_imported_base():
    change = {"backend/app/routers/threads.py": THREADS.replace('prefix="/threads"', 'prefix="/topics"')}
    assert [k[:3] for k in _keys(FASTAPI, change) if k[0] == "IMP401"] == [
        ("IMP401", "frontend/src/components/ThreadView.tsx", 9),
        ("IMP401", "frontend/src/components/ThreadView.tsx", 12)]


def test_fastapi_api_version_moved_with_the_base_constant_is_silent():
    change = {"backend/app/main.py": MAIN.replace('prefix="/api"', 'prefix="/api/v2"'),
              "frontend/src/config.ts": CONFIG.replace('"/api"', '"/api/v2"')}
    assert [k for k in _keys(FASTAPI, change) if k[3] == "error"] == []


NEXT_POSTS = '''\
import { NextResponse } from "next/server"

export async function GET() {
  return NextResponse.json([])
}

export async function POST(request: Request) {
  return NextResponse.json(await request.json(), { status: 201 })
}
'''
NEXT_POST = '''\
import { NextResponse } from "next/server"

export async function GET(_request: Request, { params }: { params: { id: string } }) {
  return NextResponse.json({ id: params.id })
}

export async function DELETE() {
  return new NextResponse(null, { status: 204 })
}
'''
NEXT_PAGE = '''\
"use client"

export default function Posts({ posts }: { posts: { id: string }[] }) {
  async function remove(id: string) {
    await fetch(`/api/posts/${id}`, { method: "DELETE" })
  }
  async function create() {
    await fetch("/api/posts", { method: "POST", body: "{}" })
  }
  return <ul onClick={create}>{posts.map((p) => <li key={p.id} onClick={() => remove(p.id)} />)}</ul>
}
'''
NEXT = {"next.config.js": "module.exports = {}\n", "app/api/posts/route.ts": NEXT_POSTS,
        "app/api/posts/[id]/route.ts": NEXT_POST, "app/posts/page.tsx": NEXT_PAGE}


def test_nextjs_handler_export_removed_while_a_page_calls_it():
    change = {"app/api/posts/[id]/route.ts": NEXT_POST.split("export async function DELETE")[0]}
    assert _keys(NEXT, change) == [
        ("IMP403", "app/api/posts/[id]/route.ts", 7, "error", "DELETE /api/posts/[id]"),
        ("IMP401", "app/posts/page.tsx", 5, "error", "DELETE /api/posts/{param}"),
    ]


def test_nextjs_route_folder_moved_into_a_route_group_is_silent():
    change = {"app/api/posts/[id]/route.ts": None, "app/(admin)/api/posts/[postId]/route.ts": NEXT_POST}
    assert _keys(NEXT, change) == []


def test_nextjs_route_files_without_a_next_config_are_not_read():
    base = {k: v for k, v in NEXT.items() if k != "next.config.js"}
    change = {"app/api/posts/[id]/route.ts": NEXT_POST.split("export async function DELETE")[0]}
    assert _keys(base, change) == []
