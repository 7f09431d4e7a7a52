"""Reads of a response in a component's template: a Vue `<script setup>` component's
`{{ task.title }}` and `:checked="task.done"`, a Svelte component's `{order.total}`, where the
script binds the name at its top to the response (`const task = await getTask(id)`, a Vue ref
set to it: `task.value = await getTask(id)`, a Svelte `let` assigned it), and the items of a
template loop over it (`v-for="t in tasks"`, `{#each orders as o}`). A field the server no
longer sends is IMP402 at the template line. A name the template binds itself (a loop item, a
slot prop, an arrow function's parameter) hides the script's, and is not judged; neither is a
Vue component without `<script setup>` (its template reads `this`) nor a Vue `let` (not
reactive). SvelteKit's `$lib` alias is resolved where the project's tsconfig extends the
generated `.svelte-kit/tsconfig.json`. In memory (conftest.selected_keys)."""

from __future__ import annotations

import pytest
from conftest import selected_keys

HTTP = ("IMP402",)
SERVER = '''\
import express from 'express'

const app = express()

app.get('/api/tasks/:id', (req, res) => {
  res.json({ id: req.params.id, title: 'Write', done: false })
})

app.get('/api/tasks', (req, res) => {
  res.json([{ id: 1, title: 'Write', done: false }])
})

app.listen(3000)
'''
API = '''\
export async function getTask(id: string) {
  const res = await fetch(`/api/tasks/${id}`)
  return res.json()
}

export async function listTasks() {
  const res = await fetch('/api/tasks')
  return res.json()
}
'''
TASK_VIEW = '''\
<script setup lang="ts">
import { onMounted, ref } from 'vue'
import { getTask } from '../api'

const props = defineProps<{ id: string }>()
const task = ref(null)

onMounted(async () => {
  task.value = await getTask(props.id)
})
</script>

<template>
  <article v-if="task">
    <h1>{{ task.title }}</h1>
    <input type="checkbox" :checked="task.done" />
  </article>
</template>
'''
TASK_LIST = '''\
<script setup lang="ts">
import { onMounted, ref } from 'vue'
import { listTasks } from '../api'

const tasks = ref([])

onMounted(async () => {
  tasks.value = await listTasks()
})
</script>

<template>
  <ul>
    <li v-for="t in tasks" :key="t.id">{{ t.title }}</li>
  </ul>
</template>
'''
BASE = {"server/app.ts": SERVER, "web/src/api.ts": API, "web/src/components/TaskView.vue": TASK_VIEW,
        "web/src/components/TaskList.vue": TASK_LIST}


def _server_without(*fields: str) -> dict[str, str]:
    server = SERVER
    for name in fields:
        server = server.replace(f", {name}: false", "").replace(f" {name}: 'Write',", "")
    return {"server/app.ts": server}


def test_a_field_read_in_a_vue_template_from_a_ref_set_to_the_response_is_missing():
    assert selected_keys(BASE, _server_without("title", "done"), HTTP) == [
        ("IMP402", "web/src/components/TaskList.vue", 14, "error", "title"),
        ("IMP402", "web/src/components/TaskView.vue", 15, "error", "title"),
        ("IMP402", "web/src/components/TaskView.vue", 16, "error", "done"),
    ]


def test_the_script_reads_of_a_vue_refs_value_are_reads_of_the_response():
    view = TASK_VIEW.replace("  task.value = await getTask(props.id)\n",
                             "  task.value = await getTask(props.id)\n  document.title = task.value.title\n")
    assert selected_keys({**BASE, "web/src/components/TaskView.vue": view}, _server_without("title"),
                         HTTP) == [
        ("IMP402", "web/src/components/TaskList.vue", 14, "error", "title"),
        ("IMP402", "web/src/components/TaskView.vue", 10, "error", "title"),
        ("IMP402", "web/src/components/TaskView.vue", 16, "error", "title"),
    ]


def test_a_const_bound_to_the_awaited_response_at_the_top_of_script_setup_is_read_in_the_template():
    view = TASK_VIEW.replace("const task = ref(null)\n\nonMounted(async () => {\n  task.value = await "
                             "getTask(props.id)\n})\n", "const task = await getTask(props.id)\n")
    assert "await getTask(props.id)\n</script>" in view
    assert selected_keys({"server/app.ts": SERVER, "web/src/api.ts": API,
                          "web/src/components/TaskView.vue": view}, _server_without("title"),
                         HTTP) == [("IMP402", "web/src/components/TaskView.vue", 11, "error", "title")]


@pytest.mark.parametrize(("old", "new"), [
    # the template binds the name itself: a loop item, a slot prop, an arrow's parameter
    ('<article v-if="task">', '<article v-for="task in others">'),
    ('<article v-if="task">', '<article v-slot="{ task }">'),
    ('<article v-if="task">', '<article @click="(task) => pick(task)">'),
    # no `<script setup>`: the template reads the component instance
    ('<script setup lang="ts">', '<script lang="ts">'),
    # a template in another language
    ("<template>", '<template lang="pug">'),
    # a plain `let` is not reactive in Vue
    ("const task = ref(null)", "let task = null"),
    ("task.value = await getTask(props.id)", "task = await getTask(props.id)"),
])
def test_a_vue_template_read_that_may_not_be_the_response_is_not_judged(old, new):
    assert old in TASK_VIEW
    view = TASK_VIEW.replace(old, new)
    assert selected_keys({"server/app.ts": SERVER, "web/src/api.ts": API,
                          "web/src/components/TaskView.vue": view}, _server_without("title", "done"),
                         HTTP) == []


def test_loops_binding_one_item_name_each_read_their_own_list():
    """`t` of the second element's loop is an item of `others`, not of `tasks`."""
    listing = TASK_LIST.replace('<li v-for="t in tasks" :key="t.id">{{ t.title }}</li>',
                                '<li v-for="t in tasks" :key="t.id">{{ t.title }}</li>\n'
                                '    <li v-for="t in others">{{ t.title }}</li>')
    found = selected_keys({"server/app.ts": SERVER, "web/src/api.ts": API,
                           "web/src/components/TaskList.vue": listing}, _server_without("title"), HTTP)
    assert [key[:3] for key in found] == [("IMP402", "web/src/components/TaskList.vue", 14)]
    assert "    <li v-for=\"t in others\">" in listing.splitlines()[14]  # line 15: not read


ORDER_PAGE = '''\
<script lang="ts">
  import { getTask, listTasks } from '$lib/api'

  export let id: string
  let task = null
  let tasks = []

  async function load() {
    task = await getTask(id)
    tasks = await listTasks()
  }
</script>

<button on:click={load}>Load</button>
{#if task}
  <h1>{task.title}</h1>
  <input type="checkbox" checked={task.done} />
{/if}
{#each tasks as t (t.id)}
  <p title="{t.title}">{t.done ? 'done' : ''}</p>
{/each}
'''
SVELTEKIT = {"server/app.ts": SERVER, "web/src/lib/api.ts": API,
             "web/src/routes/+page.svelte": ORDER_PAGE,
             "web/tsconfig.json": '{ "extends": "./.svelte-kit/tsconfig.json" }\n'}


def test_a_field_read_in_svelte_markup_from_a_let_assigned_the_response_is_missing():
    assert selected_keys(SVELTEKIT, _server_without("title", "done"), HTTP) == [
        ("IMP402", "web/src/routes/+page.svelte", 16, "error", "title"),
        ("IMP402", "web/src/routes/+page.svelte", 17, "error", "done"),
        ("IMP402", "web/src/routes/+page.svelte", 20, "error", "title"),
        ("IMP402", "web/src/routes/+page.svelte", 20, "error", "done"),
    ]


def test_sveltekit_lib_is_not_read_without_the_generated_config():
    files = {**SVELTEKIT, "web/tsconfig.json": '{ "compilerOptions": { "strict": true } }\n'}
    assert selected_keys(files, _server_without("title", "done"), HTTP) == []


def test_a_svelte_each_item_that_shadows_a_script_name_is_not_followed():
    page = ORDER_PAGE.replace("{#each tasks as t (t.id)}", "{#each tasks as task (task.id)}").replace(
        '<p title="{t.title}">{t.done', '<p title="{task.title}">{task.done')
    assert selected_keys({**SVELTEKIT, "web/src/routes/+page.svelte": page}, _server_without("title", "done"),
                         HTTP) == []


LOAD = '''\
import type { PageLoad } from './$types'

export const load: PageLoad = async ({ fetch, params }) => {
  const res = await fetch(`/api/tasks/${params.id}`)
  const task = await res.json()
  return { task, listed: await (await fetch('/api/tasks')).json() }
}
'''
DATA_PAGE = '''\
<script lang="ts">
  import type { PageData } from './$types'

  export let data: PageData
  let task = data.task
  const first = data.listed[0]
</script>

<h1>{task.title}</h1>
<p>{data.task.done} {first.title}</p>
{#each data.listed as t (t.id)}
  <span>{t.done}</span>
{/each}
'''
DATA_PAGE_RUNES = '''\
<script lang="ts">
  let { data } = $props()
</script>

<h1>{data.task.title}</h1>
'''


@pytest.mark.parametrize("load_module", ["+page.ts", "+page.server.ts", "+page.js"])
def test_a_sveltekit_page_reads_what_its_load_function_returns(load_module):
    """`export let data` of `+page.svelte` is what `load` of `+page.ts` (or `.server.ts`,
    `.js`) beside it returns: `data.task.title` reads the response `load` keeps under `task`."""
    load = LOAD if load_module.endswith(".ts") else \
        LOAD.replace("import type { PageLoad } from './$types'\n", "").replace(": PageLoad", "")
    files = {"server/app.ts": SERVER, f"web/src/routes/tasks/[id]/{load_module}": load,
             "web/src/routes/tasks/[id]/+page.svelte": DATA_PAGE}
    assert selected_keys(files, _server_without("title", "done"), HTTP) == [
        ("IMP402", "web/src/routes/tasks/[id]/+page.svelte", 9, "error", "title"),
        ("IMP402", "web/src/routes/tasks/[id]/+page.svelte", 10, "error", "done"),
        ("IMP402", "web/src/routes/tasks/[id]/+page.svelte", 10, "error", "title"),
        ("IMP402", "web/src/routes/tasks/[id]/+page.svelte", 12, "error", "done"),
    ]


def test_svelte_5_props_data_and_a_let_reassigned_are_followed_and_other_pages_are_not():
    runes = {"server/app.ts": SERVER, "web/src/routes/tasks/[id]/+page.ts": LOAD,
             "web/src/routes/tasks/[id]/+page.svelte": DATA_PAGE_RUNES}
    assert selected_keys(runes, _server_without("title"), HTTP) == [
        ("IMP402", "web/src/routes/tasks/[id]/+page.svelte", 5, "error", "title")]
    reassigned = DATA_PAGE.replace("  const first", "  function reset() { task = null }\n  const first")
    files = {**runes, "web/src/routes/tasks/[id]/+page.svelte": reassigned}
    assert ("IMP402", "web/src/routes/tasks/[id]/+page.svelte", 10, "error", "title") in \
        selected_keys(files, _server_without("title"), HTTP)
    elsewhere = {"server/app.ts": SERVER, "web/src/routes/tasks/[id]/+page.ts": LOAD,
                 "web/src/routes/tasks/+page.svelte": DATA_PAGE,
                 "web/src/routes/tasks/[id]/Task.svelte": DATA_PAGE}
    assert selected_keys(elsewhere, _server_without("title", "done"), HTTP) == []
    not_load = LOAD.replace("export const load", "export const prefetch")
    files = {**runes, "web/src/routes/tasks/[id]/+page.ts": not_load}
    assert selected_keys(files, _server_without("title"), HTTP) == []


USE_FETCH = '''\
import { ref, toValue, watchEffect, type MaybeRefOrGetter, type Ref } from 'vue'

export function useFetch<T>(path: MaybeRefOrGetter<string>) {
  const data = ref<T | null>(null) as Ref<T | null>
  async function load() {
    const response = await fetch(`/api${toValue(path)}`)
    data.value = await response.json()
  }
  watchEffect(() => {
    load()
  })
  return { data, reload: load }
}
'''
USE_TASKS = '''\
import { toValue, type MaybeRefOrGetter } from 'vue'
import { useFetch } from './useFetch'

export function useTasks() {
  return useFetch('/tasks')
}

export function useTask(id: MaybeRefOrGetter<string>) {
  return useFetch(() => `/tasks/${toValue(id)}`)
}
'''
COMPOSED_VIEW = '''\
<script setup lang="ts">
import { useTask, useTasks } from '../composables/useTasks'

const props = defineProps<{ id: string }>()
const { data: task } = useTask(() => props.id)
const { data: tasks } = useTasks()
</script>

<template>
  <h1 v-if="task">{{ task.title }}</h1>
  <p v-for="t in tasks" :key="t.id">{{ t.done }}</p>
</template>
'''
COMPOSED = {"server/app.ts": SERVER, "web/src/composables/useFetch.ts": USE_FETCH,
            "web/src/composables/useTasks.ts": USE_TASKS, "web/src/components/TaskPage.vue": COMPOSED_VIEW}


def test_a_composable_keeping_the_response_in_a_ref_it_returns_reads_where_its_data_is_read():
    """The Vue guide's `useFetch(url)`: it fetches `toValue(path)` (a getter given for the path
    is called), keeps the body in its `data` ref (declared `as Ref<T | null>`) and returns it;
    `const { data: task } = useTask(() => props.id)` reads it in the template."""
    assert selected_keys(COMPOSED, _server_without("title", "done"), HTTP) == [
        ("IMP402", "web/src/components/TaskPage.vue", 10, "error", "title"),
        ("IMP402", "web/src/components/TaskPage.vue", 11, "error", "done"),
    ]
    moved = {"server/app.ts": SERVER.replace("app.get('/api/tasks/:id'", "app.get('/api/task/:id'")}
    assert selected_keys(COMPOSED, moved, ("IMP401",)) == [
        ("IMP401", "web/src/composables/useTasks.ts", 9, "error", "GET /api/tasks/{param}")]
