"""taskboard: NestJS API (controllers, DTO classes, a `common/` barrel) and a Vue 3 frontend
(`<script setup lang="ts">` components, a pinia store, a `fetch` wrapper under `/api`)."""

PROJECTS_CONTROLLER = "api/src/projects/projects.controller.ts"
TASKS_SERVICE = "api/src/tasks/tasks.service.ts"

CHANGES = {
    # Archiving became a POST; the frontend still sends PATCH.
    "archive-verb-changed": [
        ("edit", PROJECTS_CONTROLLER, "  @Patch(':id/archive')", "  @Post(':id/archive')"),
        ("edit", PROJECTS_CONTROLLER, "Param, Patch, Post, Query", "Param, Post, Query"),
    ],
    # `paginate` no longer re-exported by the common barrel; TasksService still imports it.
    "paginate-dropped-from-barrel": [
        ("edit", "api/src/common/index.ts", "export { paginate, DEFAULT_PAGE_SIZE }",
         "export { DEFAULT_PAGE_SIZE }"),
    ],
    # TasksService.create() takes the author; the controller still passes two arguments.
    "task-create-signature-changed": [
        ("edit", TASKS_SERVICE, "  create(projectId: string, dto: CreateTaskDto): Task {",
         "  create(projectId: string, dto: CreateTaskDto, authorId: string): Task {"),
        ("edit", TASKS_SERVICE, "      dueDate: dto.dueDate ?? null,\n",
         "      dueDate: dto.dueDate ?? null,\n      authorId,\n"),
        ("edit", "api/src/tasks/task.entity.ts", "  dueDate: string | null\n",
         "  dueDate: string | null\n  authorId: string\n"),
    ],
    # utils/dates.ts moved to lib/; TaskItem.vue still imports the old path.
    "dates-module-moved": [
        ("move", "web/src/utils/dates.ts", "web/src/lib/dates.ts"),
    ],
    # The task's `dueDate` is sent as `dueAt`; TaskItem.vue still shows `task.dueDate`.
    "task-due-renamed": [
        ("edit", "api/src/tasks/task.entity.ts", "  dueDate: string | null", "  dueAt: string | null"),
        ("edit", TASKS_SERVICE, "      dueDate: dto.dueDate ?? null,", "      dueAt: dto.dueDate ?? null,"),
    ],
    # The project's `name` is sent as `title`; the project page and the cards still show `name`.
    "project-name-renamed": [
        ("edit", "api/src/projects/project.entity.ts", "  name: string", "  title: string"),
        ("edit", "api/src/projects/projects.service.ts", "      name: dto.name,", "      title: dto.name,"),
    ],
    # Refactor: the verb changed on both sides.
    "refactor-archive-is-post": [
        ("edit", PROJECTS_CONTROLLER, "  @Patch(':id/archive')", "  @Post(':id/archive')"),
        ("edit", PROJECTS_CONTROLLER, "Param, Patch, Post, Query", "Param, Post, Query"),
        ("edit", "web/src/api/projects.ts", "{ method: 'PATCH' }", "{ method: 'POST' }"),
    ],
    # Refactor: newId renamed to createId, through the barrel, with every caller.
    "refactor-new-id-renamed": [
        ("edit", "api/src/common/ids.ts", "export function newId(", "export function createId("),
        ("edit", "api/src/common/index.ts", "export { newId } from './ids'", "export { createId } from './ids'"),
        ("edit", "api/src/projects/projects.service.ts", "import { newId } from '../common'",
         "import { createId } from '../common'"),
        ("edit", "api/src/projects/projects.service.ts", "id: newId('prj'),", "id: createId('prj'),"),
        ("edit", TASKS_SERVICE, "import { newId, paginate, Page }", "import { createId, paginate, Page }"),
        ("edit", TASKS_SERVICE, "id: newId('tsk'),", "id: createId('tsk'),"),
    ],
}
