"""IMP402/IMP404 on a FastAPI backend whose responses are pydantic models (camelCase aliases
from `to_camel`, `Field(alias=...)`, a shared base model in another module) read by a TSX
frontend through a wrapper module and a direct fetch — the shape of the threads incident
(`metadata` left the response model), on revisions held in memory."""

from __future__ import annotations

import pytest
from conftest import diff_result, severity_keys

MAIN = '''\
from fastapi import FastAPI

from .routers import threads

app = FastAPI(title="forum")
app.include_router(threads.router, prefix="/api")
'''
BASE_MODEL = '''\
from pydantic import BaseModel, ConfigDict
from pydantic.alias_generators import to_camel


class ApiModel(BaseModel):
    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True)
'''
SCHEMAS = '''\
from typing import Any

from pydantic import Field

from .base import ApiModel


class ThreadResponse(ApiModel):
    id: int
    title: str
    reply_count: int = 0
    metadata: dict[str, Any] = Field(default_factory=dict)
'''
THREADS = '''\
from fastapi import APIRouter

from ..schemas import ThreadResponse
from ..store import load_thread, load_threads

router = APIRouter(prefix="/threads", tags=["threads"])


@router.get("", response_model=list[ThreadResponse])
async def list_threads(limit: int = 20, offset: int = 0):
    return await load_threads(limit, offset)


@router.get("/{thread_id}")
async def get_thread(thread_id: int) -> ThreadResponse:
    return await load_thread(thread_id)
'''
CONFIG = '''\
export const API_BASE: string = import.meta.env.VITE_API_URL ?? "/api"
'''
THREADS_API = '''\
import { API_BASE } from "../config"
import type { Thread } from "../types"

export async function listThreads(): Promise<Thread[]> {
  const response = await fetch(`${API_BASE}/threads?limit=20&offset=0`)
  if (!response.ok) throw new Error(`threads: ${response.status}`)
  return response.json()
}
'''
THREAD_LIST = '''\
import { useEffect, useState } from "react"
import { listThreads } from "../api/threads"

export function ThreadList() {
  const [rows, setRows] = useState<{ id: number; label: string; replies: number }[]>([])
  useEffect(() => {
    listThreads().then((threads) =>
      setRows(threads.map((t) => ({ id: t.id, label: t.title, replies: t.replyCount }))))
  }, [])
  return <ul>{rows.map((r) => <li key={r.id}>{r.label} ({r.replies})</li>)}</ul>
}
'''
THREAD_VIEW = '''\
import { API_BASE } from "../config"

export async function threadStatus(id: number): Promise<string> {
  const thread = await (await fetch(`${API_BASE}/threads/${id}`)).json()
  return thread.metadata.status ?? "open"
}
'''
TYPES = '''\
export interface Thread { id: number; title: string; replyCount: number; metadata: Record<string, string> }
'''
BASE = {"backend/app/__init__.py": "", "backend/app/main.py": MAIN, "backend/app/base.py": BASE_MODEL,
        "backend/app/schemas.py": SCHEMAS, "backend/app/routers/__init__.py": "",
        "backend/app/routers/threads.py": THREADS,
        "backend/app/store.py": "async def load_threads(limit, offset):\n    return []\n\n\n"
                                "async def load_thread(thread_id):\n    return None\n",
        "frontend/src/config.ts": CONFIG, "frontend/src/types.ts": TYPES,
        "frontend/src/api/threads.ts": THREADS_API,
        "frontend/src/components/ThreadList.tsx": THREAD_LIST,
        "frontend/src/components/ThreadView.ts": THREAD_VIEW}


def _run(change: dict, base: dict = BASE):
    result = diff_result(base, change, select=("IMP4",))
    assert result.exit_code in (0, 1), result.stderr
    return result


def _keys(result) -> list[tuple]:
    return severity_keys(result.findings)


def test_a_model_field_renamed_breaks_the_tsx_reader_of_its_camel_case_alias():
    change = {"backend/app/schemas.py": SCHEMAS.replace("reply_count", "replies_count")}
    result = _run(change)
    assert result.exit_code == 1
    assert _keys(result) == [
        ("IMP404", "backend/app/schemas.py", 11, "error", "replyCount"),
        ("IMP402", "frontend/src/components/ThreadList.tsx", 8, "error", "replyCount")]
    missing = result.findings[1]
    assert missing["origin"] == {"file": "backend/app/schemas.py", "line": 11}
    assert result.findings[0]["consumers"] == [
        {"file": "frontend/src/components/ThreadList.tsx", "line": 8}]


def test_metadata_left_the_response_model_while_a_reader_still_reads_it():
    """The threads incident: the return annotation is the response model of `GET
    /threads/{thread_id}`; `thread.metadata.status` is judged on `metadata` only."""
    change = {"backend/app/schemas.py": SCHEMAS.replace(
        "    metadata: dict[str, Any] = Field(default_factory=dict)\n", "")}
    assert _keys(_run(change)) == [
        ("IMP404", "backend/app/schemas.py", 12, "error", "metadata"),
        ("IMP402", "frontend/src/components/ThreadView.ts", 5, "error", "metadata")]


def test_an_explicit_alias_keeps_the_wire_name_so_a_python_rename_is_silent():
    change = {"backend/app/schemas.py": SCHEMAS.replace(
        "    reply_count: int = 0\n", '    replies: int = Field(0, alias="replyCount")\n')}
    assert _keys(_run(change)) == []


def test_a_field_renamed_in_the_model_and_the_tsx_reader_warns_only_for_deployed_frontends():
    change = {"backend/app/schemas.py": SCHEMAS.replace("reply_count", "replies_count"),
              "frontend/src/components/ThreadList.tsx": THREAD_LIST.replace("t.replyCount", "t.repliesCount"),
              "frontend/src/types.ts": TYPES.replace("replyCount", "repliesCount")}
    result = _run(change)
    assert result.exit_code == 0
    assert _keys(result) == [("IMP404", "backend/app/schemas.py", 11, "warning", "replyCount")]


def test_without_the_alias_generator_the_wire_name_is_the_python_name():
    """`reply_count` is sent as is: the TSX reader of `replyCount` never read a sent field,
    so the rename is not its break (nothing is judged on a field base did not send)."""
    base = {**BASE, "backend/app/base.py": BASE_MODEL.replace("alias_generator=to_camel, ", "")}
    change = {"backend/app/schemas.py": SCHEMAS.replace("reply_count", "replies_count")}
    assert _keys(_run(change, base)) == []
    reader = {**base, "frontend/src/components/ThreadList.tsx": THREAD_LIST.replace("t.replyCount", "t.reply_count")}
    assert [k[:3] for k in _keys(_run(change, reader))] == [
        ("IMP404", "backend/app/schemas.py", 11),
        ("IMP402", "frontend/src/components/ThreadList.tsx", 8)]


def test_open_models_and_unknown_alias_generators_are_never_judged():
    change = {"backend/app/schemas.py": SCHEMAS.replace("reply_count", "replies_count")}
    extra = {**BASE, "backend/app/base.py": BASE_MODEL.replace("populate_by_name=True", 'extra="allow"')}
    assert _keys(_run(change, extra)) == []
    own = {**BASE, "backend/app/base.py": BASE_MODEL.replace(
        "from pydantic.alias_generators import to_camel\n", "from .text import to_camel\n"),
        "backend/app/text.py": "def to_camel(name):\n    return name\n"}
    assert _keys(_run(change, own)) == []
    untyped = {**BASE, "backend/app/routers/threads.py": THREADS.replace("response_model=list[ThreadResponse]", "")}
    assert _keys(_run(change, untyped)) == []  # returns what load_threads gives
    loose = {**BASE, "backend/app/routers/threads.py": THREADS.replace(
        "response_model=list[ThreadResponse]", "response_model=list[dict[str, Any]]").replace(
        "from fastapi import APIRouter\n", "from typing import Any\n\nfrom fastapi import APIRouter\n")}
    assert _keys(_run(change, loose)) == []


def test_sqlmodel_relationships_are_not_sent_fields():
    """A relationship of a SQLModel table is not serialised: removing it is not a removed
    field, even for a reader (which read `undefined` already)."""
    schemas = SCHEMAS.replace("from pydantic import Field\n", "from pydantic import Field\nfrom sqlmodel import Relationship\n") \
        .replace("    reply_count: int = 0\n", '    reply_count: int = 0\n    replies: list["Reply"] = Relationship(back_populates="thread")\n')
    reader = THREAD_LIST.replace("t.replyCount", "t.replies")
    base = {**BASE, "backend/app/schemas.py": schemas, "frontend/src/components/ThreadList.tsx": reader}
    change = {"backend/app/schemas.py": schemas.replace(
        '    replies: list["Reply"] = Relationship(back_populates="thread")\n', "")}
    assert _keys(_run(change, base)) == []
    dropped = {"backend/app/schemas.py": schemas.replace("    title: str\n", "")}
    assert [k[:3] for k in _keys(_run(dropped, {**base, "frontend/src/components/ThreadList.tsx": THREAD_LIST}))] == [
        ("IMP404", "backend/app/schemas.py", 11), ("IMP402", "frontend/src/components/ThreadList.tsx", 8)]


@pytest.mark.parametrize("annotation", ["Optional[ThreadResponse]", "Union[ThreadResponse, None]",
                                        "ThreadResponse | None"])
def test_an_optional_response_model_is_the_model(annotation):
    """`-> Optional[M]`, `Union[M, None]`, `M | None`: a view that may answer 404-less `null`
    still sends M's fields when it answers."""
    threads = THREADS.replace("-> ThreadResponse:", f"-> {annotation}:").replace(
        "from fastapi import", "from typing import Optional, Union\nfrom fastapi import")
    base = {**BASE, "backend/app/routers/threads.py": threads}
    change = {"backend/app/schemas.py": SCHEMAS.replace(
        "    metadata: dict[str, Any] = Field(default_factory=dict)\n", "")}
    assert ("IMP402", "frontend/src/components/ThreadView.ts", 5, "error", "metadata") in \
        _keys(_run(change, base))
