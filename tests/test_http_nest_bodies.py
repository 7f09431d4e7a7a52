"""What a NestJS route sends: the return of its controller method — its declared return type
(`Promise<TaskDto>`), or `this.tasksService.find(id)`, the declared return type of the
injected service's method — read as the fields of a TypeScript interface, object type or
class (DTO, entity). A field removed from that type while the frontend reads it is IMP402 at
the read and IMP404 at the field, as for a FastAPI response model. Where the type is not
known (no declared type, a generic, `any`, `@Res()`, interceptors, class-transformer
decorators, an index signature) nothing is judged. In memory (conftest.selected_keys)."""

from __future__ import annotations

import pytest
from conftest import selected_keys

HTTP = ("IMP402", "IMP404")
MAIN = '''\
import { NestFactory } from '@nestjs/core'
import { AppModule } from './app.module'

async function bootstrap() {
  const app = await NestFactory.create(AppModule)
  app.setGlobalPrefix('api')
  await app.listen(3000)
}
void bootstrap()
'''
ENTITY = '''\
export interface Task {
  id: string
  title: string
  dueDate: string | null
}
'''
SERVICE = '''\
import { Injectable } from '@nestjs/common'
import { Task } from './task.entity'

@Injectable()
export class TasksService {
  private readonly tasks: Task[] = []

  findOne(id: string): Task {
    return this.tasks.find((t) => t.id === id)!
  }

  findAll(): Promise<Task[]> {
    return Promise.resolve(this.tasks)
  }
}
'''
CONTROLLER = '''\
import { Controller, Get, Param } from '@nestjs/common'
import { TasksService } from './tasks.service'

@Controller('tasks')
export class TasksController {
  constructor(private readonly tasksService: TasksService) {}

  @Get(':id')
  findOne(@Param('id') id: string) {
    return this.tasksService.findOne(id)
  }

  @Get()
  async findAll() {
    return await this.tasksService.findAll()
  }
}
'''
CLIENT = '''\
export async function showTask(id: string) {
  const res = await fetch(`/api/tasks/${id}`)
  const task = await res.json()
  return task.dueDate
}

export async function titles() {
  const res = await fetch('/api/tasks')
  const tasks = await res.json()
  return tasks.map((t) => t.title)
}
'''
BASE = {"api/src/main.ts": MAIN, "api/src/tasks/task.entity.ts": ENTITY,
        "api/src/tasks/tasks.service.ts": SERVICE,
        "api/src/tasks/tasks.controller.ts": CONTROLLER, "web/src/api.ts": CLIENT}
DUE_RENAMED = {"api/src/tasks/task.entity.ts": ENTITY.replace("dueDate", "dueAt")}
TITLE_RENAMED = {"api/src/tasks/task.entity.ts": ENTITY.replace("title", "name")}


def test_a_field_gone_from_the_interface_a_service_method_returns_is_missing_where_read():
    assert selected_keys(BASE, DUE_RENAMED, HTTP) == [
        ("IMP404", "api/src/tasks/task.entity.ts", 4, "error", "dueDate"),
        ("IMP402", "web/src/api.ts", 4, "error", "dueDate"),
    ]


def test_a_field_gone_from_the_items_of_an_awaited_promise_of_an_array_is_missing():
    assert selected_keys(BASE, TITLE_RENAMED, HTTP) == [
        ("IMP404", "api/src/tasks/task.entity.ts", 3, "error", "title"),
        ("IMP402", "web/src/api.ts", 10, "error", "title"),
    ]


def test_the_declared_return_type_of_the_controller_method_is_what_it_sends():
    controller = CONTROLLER.replace("import { Task }", "").replace(
        "import { TasksService } from './tasks.service'",
        "import { TasksService } from './tasks.service'\nimport { TaskDto } from './task.dto'").replace(
        "findOne(@Param('id') id: string) {", "findOne(@Param('id') id: string): Promise<TaskDto> {")
    dto = '''\
import { IsString } from 'class-validator'

export class TaskDto {
  @IsString()
  id!: string

  @IsString()
  dueDate!: string

  static fromTask() {}
}
'''
    base = {**BASE, "api/src/tasks/tasks.controller.ts": controller, "api/src/tasks/task.dto.ts": dto}
    assert selected_keys(base, {"api/src/tasks/task.dto.ts": dto.replace("dueDate", "dueOn")},
                         HTTP) == [
        ("IMP404", "api/src/tasks/task.dto.ts", 8, "error", "dueDate"),
        ("IMP402", "web/src/api.ts", 4, "error", "dueDate"),
    ]


def test_a_field_gone_from_a_base_interface_is_missing():
    entity = "export interface Entity {\n  id: string\n  dueDate: string | null\n}\n\n" \
        "export interface Task extends Entity {\n  title: string\n}\n"
    base = {**BASE, "api/src/tasks/task.entity.ts": entity}
    assert selected_keys(base, {"api/src/tasks/task.entity.ts": entity.replace("  dueDate: string | null\n", "")},
                         HTTP) == [
        ("IMP404", "api/src/tasks/task.entity.ts", 3, "error", "dueDate"),
        ("IMP402", "web/src/api.ts", 4, "error", "dueDate"),
    ]


@pytest.mark.parametrize("unknown", [
    # the type is not read: a generic, any, an index signature, a base impact cannot see
    ("api/src/tasks/tasks.service.ts", "findOne(id: string): Task {", "findOne(id: string): any {"),
    ("api/src/tasks/task.entity.ts", "  title: string\n", "  title: string\n  [key: string]: unknown\n"),
    ("api/src/tasks/task.entity.ts", "export interface Task {", "export interface Task extends Row {"),
    ("api/src/tasks/task.entity.ts", "export interface Task {", "export class Task {\n  [key: string]: unknown"),
    # the service method declares no type
    ("api/src/tasks/tasks.service.ts", "findOne(id: string): Task {", "findOne(id: string) {"),
    # the controller sends through the response object, or interceptors may rewrite the body
    ("api/src/tasks/tasks.controller.ts", "findOne(@Param('id') id: string) {",
     "findOne(@Param('id') id: string, @Res() res) {"),
    ("api/src/tasks/tasks.controller.ts", "@Controller('tasks')",
     "@UseInterceptors(EnvelopeInterceptor)\n@Controller('tasks')"),
    # the app's global interceptors may rewrite every body (an envelope `{ data }`)
    ("api/src/main.ts", "  app.setGlobalPrefix('api')\n",
     "  app.setGlobalPrefix('api')\n  app.useGlobalInterceptors(new EnvelopeInterceptor())\n"),
    # the property is not declared with a class
    ("api/src/tasks/tasks.controller.ts", "private readonly tasksService: TasksService",
     "private readonly tasksService"),
])
def test_nothing_is_judged_where_the_type_is_unknown(unknown):
    path, old, new = unknown
    base = {**BASE, path: BASE[path].replace(old, new)}
    changed = {"api/src/tasks/task.entity.ts": base["api/src/tasks/task.entity.ts"].replace("dueDate", "dueAt")}
    assert old in BASE[path]
    assert selected_keys(base, changed, HTTP) == []


def test_a_class_whose_fields_class_transformer_rewrites_is_not_judged():
    entity = "import { Exclude } from 'class-transformer'\n\nexport class Task {\n  id!: string\n" \
        "  dueDate!: string | null\n  @Exclude()\n  secret!: string\n}\n"
    base = {**BASE, "api/src/tasks/task.entity.ts": entity}
    assert selected_keys(base, {"api/src/tasks/task.entity.ts": entity.replace("dueDate", "dueAt")},
                         HTTP) == []


def test_a_class_entity_is_read_as_its_fields():
    entity = ENTITY.replace("export interface Task {", "export class Task {")
    base = {**BASE, "api/src/tasks/task.entity.ts": entity}
    assert selected_keys(base, {"api/src/tasks/task.entity.ts": entity.replace("dueDate", "dueAt")},
                         HTTP) == [
        ("IMP404", "api/src/tasks/task.entity.ts", 4, "error", "dueDate"),
        ("IMP402", "web/src/api.ts", 4, "error", "dueDate"),
    ]


def test_a_getter_or_a_method_of_a_class_is_no_field_and_a_parameter_property_is():
    entity = "export class Task {\n  constructor(public id: string, public dueDate: string | null) {}\n" \
        "  get overdue() { return false }\n}\n"
    base = {**BASE, "api/src/tasks/task.entity.ts": entity}
    client = CLIENT.replace("return task.dueDate", "return task.overdue")
    assert selected_keys({**base, "web/src/api.ts": client},
                         {"api/src/tasks/task.entity.ts": entity.replace("  get overdue() { return false }\n", "")},
                         HTTP) == []
    assert selected_keys(base, {"api/src/tasks/task.entity.ts": entity.replace("public dueDate", "public dueAt")},
                         HTTP) == [
        ("IMP404", "api/src/tasks/task.entity.ts", 2, "error", "dueDate"),
        ("IMP402", "web/src/api.ts", 4, "error", "dueDate"),
    ]


def test_an_app_with_an_interceptor_provider_is_not_judged():
    module = """\
import { Module } from '@nestjs/common'
import { APP_INTERCEPTOR } from '@nestjs/core'
import { TasksController } from './tasks/tasks.controller'

@Module({
  controllers: [TasksController],
  providers: [{ provide: APP_INTERCEPTOR, useClass: EnvelopeInterceptor }],
})
export class AppModule {}
"""
    base = {**BASE, "api/src/app.module.ts": module}
    assert selected_keys(base, DUE_RENAMED, HTTP) == []
    assert selected_keys({**base, "api/src/app.module.ts": module.replace("APP_INTERCEPTOR", "APP_GUARD")},
                         DUE_RENAMED, HTTP) != []
