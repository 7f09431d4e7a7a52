"""IMP402/IMP404 on fields inside fields: a response that wraps its records (`{items: [...],
total}`, a generic `Page[TaskOut]` / `Page<Task>`, a nested `owner: UserOut`) is read by a
frontend a few fields deep (`page.items.map((t) => t.due)`, `data.owner.name`). The server
side says what each field holds through its annotation (impact.model.FieldDecl.holds), type
parameters stand for the arguments the route gives, and a read is judged where both
revisions know the value it is read from."""

from __future__ import annotations

from conftest import diff_result, severity_keys

SCHEMAS = '''\
from typing import Generic, Optional, TypeVar

from pydantic import BaseModel

T = TypeVar("T")


class OwnerOut(BaseModel):
    name: str
    email: str


class TaskOut(BaseModel):
    id: int
    title: str
    due: str
    owner: Optional[OwnerOut] = None


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int
'''
ROUTES = '''\
from fastapi import FastAPI

from .schemas import Page, TaskOut

app = FastAPI()


@app.get("/api/tasks", response_model=Page[TaskOut])
def list_tasks():
    return load()


@app.get("/api/tasks/{task_id}")
def get_task(task_id: int) -> TaskOut:
    return load_one(task_id)
'''
WEB = '''\
export async function showTasks() {
  const res = await fetch("/api/tasks")
  const page = await res.json()
  return page.items.map((t) => `${t.title} ${t.due}`)
}

export async function showOwner(id: number) {
  const res = await fetch(`/api/tasks/${id}`)
  const task = await res.json()
  return task.owner.name
}
'''
BASE = {"app/__init__.py": "", "app/schemas.py": SCHEMAS, "app/main.py": ROUTES, "web/tasks.ts": WEB}


def test_a_field_of_the_items_of_a_generic_page_is_judged_where_it_is_read():
    change = {"app/schemas.py": SCHEMAS.replace("    due: str\n", "")}
    result = diff_result(BASE, change)
    assert severity_keys(result.findings) == [
        ("IMP404", "app/schemas.py", 16, "error", "due"),
        ("IMP402", "web/tasks.ts", 4, "error", "due"),
    ]
    read = result.findings[1]
    assert "`response.items[i]`" in read["message"] and "GET /api/tasks" in read["message"]
    assert [c["file"] for c in result.findings[0]["consumers"]] == ["web/tasks.ts"]


def test_a_field_of_a_nested_model_is_judged_where_it_is_read():
    change = {"app/schemas.py": SCHEMAS.replace("    name: str\n", "    full_name: str\n")}
    assert severity_keys(diff_result(BASE, change).findings) == [
        ("IMP404", "app/schemas.py", 9, "error", "name"),
        ("IMP402", "web/tasks.ts", 10, "error", "name"),
    ]


def test_a_field_still_sent_or_a_value_impact_cannot_see_into_is_not_judged():
    still = {"app/schemas.py": SCHEMAS.replace("    email: str\n", "")}  # nobody reads it
    assert diff_result(BASE, still).findings == []
    opaque = SCHEMAS.replace("owner: Optional[OwnerOut] = None", "owner: dict = {}")
    base = {**BASE, "app/schemas.py": opaque}
    gone = {"app/schemas.py": opaque.replace("class OwnerOut(BaseModel):\n    name: str\n",
                                             "class OwnerOut(BaseModel):\n")}
    assert diff_result(base, gone).findings == []
    # a page without its argument: what its items are is unknown
    unparameterised = ROUTES.replace("response_model=Page[TaskOut]", "response_model=Page")
    base = {**BASE, "app/main.py": unparameterised}
    change = {"app/schemas.py": SCHEMAS.replace("    due: str\n", "")}
    assert diff_result(base, change).findings == []


NEST_TYPES = '''\
export interface Page<T> {
  items: T[]
  total: number
}

export class Task {
  id: number
  title: string
  dueDate: string
}
'''
NEST_CONTROLLER = '''\
import { Controller, Get } from "@nestjs/common"
import { Page, Task } from "./task.types"
import { TasksService } from "./tasks.service"

@Controller("tasks")
export class TasksController {
  constructor(private readonly tasks: TasksService) {}

  @Get()
  list(): Promise<Page<Task>> {
    return this.tasks.page()
  }
}
'''
NEST_SERVICE = '''\
import { Injectable } from "@nestjs/common"
import { Page, Task } from "./task.types"

@Injectable()
export class TasksService {
  async page(): Promise<Page<Task>> {
    return { items: [], total: 0 }
  }
}
'''
VUE_STORE = '''\
export async function loadDue(): Promise<string[]> {
  const response = await fetch("/tasks")
  const page = await response.json()
  return page.items.map((task) => task.dueDate)
}
'''
NEST = {"api/src/task.types.ts": NEST_TYPES, "api/src/tasks.controller.ts": NEST_CONTROLLER,
        "api/src/tasks.service.ts": NEST_SERVICE, "web/src/due.ts": VUE_STORE,
        "api/package.json": '{"name": "api", "dependencies": {"@nestjs/common": "^10"}}\n'}


def test_a_field_of_the_items_of_a_generic_typescript_page_is_judged_where_it_is_read():
    change = {"api/src/task.types.ts": NEST_TYPES.replace("dueDate: string", "due: string")}
    assert severity_keys(diff_result(NEST, change).findings) == [
        ("IMP404", "api/src/task.types.ts", 9, "error", "dueDate"),
        ("IMP402", "web/src/due.ts", 4, "error", "dueDate"),
    ]


def test_a_renamed_wrapper_field_is_judged_as_before_and_its_items_are_not_judged_twice():
    change = {"api/src/task.types.ts": NEST_TYPES.replace("  items: T[]", "  rows: T[]")}
    assert severity_keys(diff_result(NEST, change).findings) == [
        ("IMP404", "api/src/task.types.ts", 2, "error", "items"),
        ("IMP402", "web/src/due.ts", 4, "error", "items"),
    ]
