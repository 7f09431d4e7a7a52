"""A response's value handed to a React component's prop (`<TaskRow task={t} />`) is read
where the component reads that prop (`function TaskRow({ task })`, `props.task`): a field the
server no longer sends is IMP402 at the component's read, wherever the component is defined
(imported, default-exported, an arrow function) and however the parent got the value (its
own `await`, a wrapper's result kept in state, a hook's `data`). Only module-level function
components with JSX are followed, and the components they hand the value on to, four
components deep. In memory (conftest.selected_keys)."""

from __future__ import annotations

import pytest
from conftest import selected_keys

SERVER = '''\
import express from 'express'

const app = express()

app.get('/api/tasks', (req, res) => {
  res.json([{ id: 1, title: 'Write', done: false }])
})

app.listen(3000)
'''
API = '''\
export async function listTasks() {
  const res = await fetch('/api/tasks')
  return res.json()
}
'''
LIST = '''\
import { useEffect, useState } from 'react'
import { listTasks } from './api'
import TaskRow from './TaskRow'

export function TaskList() {
  const [tasks, setTasks] = useState([])
  useEffect(() => {
    listTasks().then(setTasks)
  }, [])
  return <ul>{tasks.map((t) => <TaskRow key={t.id} task={t} />)}</ul>
}
'''
ROW = '''\
export default function TaskRow({ task }) {
  return (
    <li>
      <span>{task.title}</span>
      <input type="checkbox" checked={task.done} readOnly />
    </li>
  )
}
'''
BASE = {"server/app.js": SERVER, "web/src/api.js": API, "web/src/TaskList.jsx": LIST,
        "web/src/TaskRow.jsx": ROW}
NO_TITLE = {"server/app.js": SERVER.replace(" title: 'Write',", "")}


def _keys(base: dict, change: dict = NO_TITLE) -> list[tuple]:
    return sorted(k for k in selected_keys(base, change, ("IMP402",)))


def test_a_field_a_child_component_reads_of_its_prop_is_missing():
    assert _keys(BASE) == [("IMP402", "web/src/TaskRow.jsx", 4, "error", "title")]


@pytest.mark.parametrize("row", [
    ROW.replace("export default function TaskRow({ task }) {",
                "export default function TaskRow(props) {\n  const { task } = props"),
    ROW.replace("export default function TaskRow({ task }) {", "const TaskRow = ({ task }) => {")
    + "\nexport default TaskRow\n",
    ROW.replace("({ task })", "({ task }: { task: { title: string, done: boolean } })"),
])
def test_props_read_through_the_parameter_an_arrow_or_a_typed_pattern(row):
    name = "web/src/TaskRow.tsx" if ": {" in row else "web/src/TaskRow.jsx"
    files = {**{k: v for k, v in BASE.items() if k != "web/src/TaskRow.jsx"}, name: row}
    assert [k[1:3] for k in _keys(files)] == [(name, row.splitlines().index(
        "      <span>{task.title}</span>") + 1)]


def test_a_value_awaited_in_the_parent_or_a_hooks_data_is_handed_on_too():
    awaited = LIST.replace("const [tasks, setTasks] = useState([])\n  useEffect(() => {\n"
                           "    listTasks().then(setTasks)\n  }, [])\n",
                           "const tasks = use(listTasks())\n")
    assert _keys({**BASE, "web/src/TaskList.jsx": awaited}) == []  # `use(...)`: not followed
    page = ("import { listTasks } from './api'\nimport TaskRow from './TaskRow'\n\n"
            "export default async function Page() {\n  const tasks = await listTasks()\n"
            "  return tasks.map((t) => <TaskRow key={t.id} task={t} />)\n}\n")
    assert _keys({**BASE, "web/src/TaskList.jsx": page}) == [
        ("IMP402", "web/src/TaskRow.jsx", 4, "error", "title")]
    hook = ("import { useQuery } from '@tanstack/react-query'\nimport { listTasks } from './api'\n"
            "import TaskRow from './TaskRow'\n\nexport function TaskList() {\n"
            "  const { data } = useQuery({ queryKey: ['tasks'], queryFn: listTasks })\n"
            "  return data.map((t) => <TaskRow key={t.id} task={t} />)\n}\n")
    assert _keys({**BASE, "web/src/TaskList.jsx": hook}) == [
        ("IMP402", "web/src/TaskRow.jsx", 4, "error", "title")]


def test_an_element_that_is_no_component_or_a_prop_read_elsewhere_is_not_judged():
    lower = LIST.replace("<TaskRow key={t.id} task={t} />", "<li key={t.id} title={t} />")
    assert _keys({**BASE, "web/src/TaskList.jsx": lower}) == []
    other_prop = ROW.replace("{ task }", "{ task, item }").replace("task.title", "item.title")
    assert _keys({**BASE, "web/src/TaskRow.jsx": other_prop}) == []
    not_a_component = "export default function TaskRow({ task }) {\n  return task.title\n}\n"
    assert _keys({**BASE, "web/src/TaskRow.jsx": not_a_component}) == []


VUE_LIST = '''\
<script setup lang="ts">
import { onMounted, ref } from 'vue'
import TaskItem from './TaskItem.vue'

const tasks = ref([])
onMounted(async () => {
  const res = await fetch('/api/tasks')
  tasks.value = await res.json()
})
</script>

<template>
  <ul>
    <TaskItem v-for="t in tasks" :key="t.id" :task="t" />
  </ul>
</template>
'''
VUE_ITEM = '''\
<script setup lang="ts">
const props = defineProps<{ task: { title: string } }>()
const label = props.task.title.toUpperCase()
</script>

<template>
  <li>{{ task.title }} {{ label }}</li>
</template>
'''
VUE = {"server/app.js": SERVER, "web/src/TaskList.vue": VUE_LIST, "web/src/TaskItem.vue": VUE_ITEM}


@pytest.mark.parametrize("element", ['<TaskItem v-for="t in tasks" :key="t.id" :task="t" />',
                                     '<task-item v-for="t in tasks" v-bind:task="t"></task-item>'])
def test_a_vue_components_prop_is_read_in_its_script_and_its_template(element):
    parent = VUE_LIST.replace('<TaskItem v-for="t in tasks" :key="t.id" :task="t" />', element)
    assert _keys({**VUE, "web/src/TaskList.vue": parent}) == [
        ("IMP402", "web/src/TaskItem.vue", 3, "error", "title"),
        ("IMP402", "web/src/TaskItem.vue", 7, "error", "title")]


def test_a_vue_prop_declared_by_an_object_or_array_and_an_undeclared_name_are_told_apart():
    by_object = VUE_ITEM.replace("defineProps<{ task: { title: string } }>()",
                                 "defineProps({ task: Object })")
    assert len(_keys({**VUE, "web/src/TaskItem.vue": by_object})) == 2
    by_array = VUE_ITEM.replace("const props = defineProps<{ task: { title: string } }>()\n"
                                "const label = props.task.title.toUpperCase()",
                                "defineProps(['task'])\nconst label = ''")
    assert _keys({**VUE, "web/src/TaskItem.vue": by_array}) == [
        ("IMP402", "web/src/TaskItem.vue", 7, "error", "title")]
    other = VUE_ITEM.replace("{ task: { title: string } }", "{ item: { title: string } }").replace(
        "props.task.title", "props.item.title").replace("{{ task.title }}", "{{ item.title }}")
    assert _keys({**VUE, "web/src/TaskItem.vue": other}) == []


def test_a_loop_item_a_function_parameter_hides_elsewhere_is_still_followed():
    """`(t) => tasks.push(t)` in an event handler of the template and `(t) => t.id` in a
    function of the script bind `t` for themselves: the loop's `t` is still the items'."""
    parent = VUE_LIST.replace(
        "</script>", "function find(id) {\n  return tasks.value.find((t) => t.id === id)\n}\n</script>"
    ).replace('<TaskItem v-for="t in tasks" :key="t.id" :task="t" />',
              '<NewTask @created="(t) => tasks.push(t)" />\n'
              '    <TaskItem v-for="t in tasks" :key="t.id" :task="t" />')
    assert _keys({**VUE, "web/src/TaskList.vue": parent}) == [
        ("IMP402", "web/src/TaskItem.vue", 3, "error", "title"),
        ("IMP402", "web/src/TaskItem.vue", 7, "error", "title")]
    # a name the script binds at its top: not followed
    top = VUE_LIST.replace("const tasks = ref([])", "const tasks = ref([])\nconst t = 1")
    assert _keys({**VUE, "web/src/TaskList.vue": top}) == []
    # a second loop binding the name: each use is its element's loop's
    twice = VUE_LIST.replace("  </ul>", '  </ul>\n  <p v-for="t in tasks">{{ t.title }}</p>')
    assert _keys({**VUE, "web/src/TaskList.vue": twice}) == [
        ("IMP402", "web/src/TaskItem.vue", 3, "error", "title"),
        ("IMP402", "web/src/TaskItem.vue", 7, "error", "title"),
        ("IMP402", "web/src/TaskList.vue", 16, "error", "title")]
    # a slot binding the name too: not followed
    slot = twice.replace('<p v-for="t in tasks">', '<Row v-slot="{ t }"></Row><p v-for="t in tasks">')
    assert _keys({**VUE, "web/src/TaskList.vue": slot}) == []


STORE = '''\
import { defineStore } from 'pinia'
import { ref } from 'vue'

export const useTasksStore = defineStore('tasks', () => {
  const tasks = ref([])
  const loading = ref(false)

  async function load() {
    const res = await fetch('/api/tasks')
    tasks.value = await res.json()
  }

  return { tasks, loading, load }
})
'''
STORE_VIEW = '''\
<script setup lang="ts">
import { onMounted } from 'vue'
import TaskItem from './TaskItem.vue'
import { useTasksStore } from './stores/tasks'

const store = useTasksStore()
onMounted(() => store.load())
const firstTitle = () => store.tasks[0].title
</script>

<template>
  <ul>
    <TaskItem v-for="t in store.tasks" :key="t.id" :task="t" />
  </ul>
</template>
'''
PINIA = {"server/app.js": SERVER, "web/src/stores/tasks.js": STORE,
         "web/src/TaskList.vue": STORE_VIEW, "web/src/TaskItem.vue": VUE_ITEM}


def test_a_pinia_stores_state_is_read_where_its_users_read_it():
    """A setup store's ref set to a response (`tasks.value = await res.json()`) and returned as
    its state: `store.tasks` of `const store = useTasksStore()` is that response, in the
    script, in the template's loop and through the component's prop."""
    assert _keys(PINIA) == [
        ("IMP402", "web/src/TaskItem.vue", 3, "error", "title"),
        ("IMP402", "web/src/TaskItem.vue", 7, "error", "title"),
        ("IMP402", "web/src/TaskList.vue", 8, "error", "title")]
    renamed = STORE.replace("return { tasks, loading, load }", "return { items: tasks, loading, load }")
    view = STORE_VIEW.replace("store.tasks", "store.items")
    assert len(_keys({**PINIA, "web/src/stores/tasks.js": renamed, "web/src/TaskList.vue": view})) == 3


def test_a_store_that_keeps_something_else_or_a_hook_that_is_no_store_is_not_judged():
    other_key = STORE.replace("return { tasks, loading, load }", "return { loading, load }")
    assert _keys({**PINIA, "web/src/stores/tasks.js": other_key}) == []
    no_store = STORE.replace("defineStore('tasks', () => {", "makeThing('tasks', () => {")
    assert _keys({**PINIA, "web/src/stores/tasks.js": no_store}) == []
    shadowed = STORE.replace("    tasks.value = await res.json()",
                             "    const tasks = { value: null }\n    tasks.value = await res.json()")
    assert _keys({**PINIA, "web/src/stores/tasks.js": shadowed}) == []


REFS_VIEW = '''\
<script setup lang="ts">
import { onMounted } from 'vue'
import { storeToRefs } from 'pinia'
import TaskItem from './TaskItem.vue'
import { useTasksStore } from './stores/tasks'

const store = useTasksStore()
const { tasks, loading } = storeToRefs(store)
onMounted(() => store.load())
const firstTitle = () => tasks.value[0].title
</script>

<template>
  <p v-if="loading">Loading</p>
  <ul v-else>
    <TaskItem v-for="t in tasks" :key="t.id" :task="t" />
  </ul>
</template>
'''


def test_the_refs_storetorefs_makes_of_a_pinia_stores_state_are_read_as_that_state():
    """`const { tasks } = storeToRefs(store)`: `tasks.value` in the script and `tasks` in the
    template (its loop, the item's prop) are the store's `tasks`."""
    assert _keys({**PINIA, "web/src/TaskList.vue": REFS_VIEW}) == [
        ("IMP402", "web/src/TaskItem.vue", 3, "error", "title"),
        ("IMP402", "web/src/TaskItem.vue", 7, "error", "title"),
        ("IMP402", "web/src/TaskList.vue", 10, "error", "title")]
    renamed = REFS_VIEW.replace("const { tasks, loading }", "const { tasks: items, loading }").replace(
        "tasks.value[0]", "items.value[0]").replace('v-for="t in tasks"', 'v-for="t in items"')
    assert len(_keys({**PINIA, "web/src/TaskList.vue": renamed})) == 3


def test_a_pinia_stores_state_set_to_what_a_wrapper_returns():
    """`tasks.value = await listTasks()`, the request in another module's function: the
    store's users read that function's value (its call in the store is used, for what the
    store keeps of it)."""
    store = STORE.replace("import { ref } from 'vue'\n",
                          "import { ref } from 'vue'\nimport { listTasks } from '../api'\n") \
        .replace("    const res = await fetch('/api/tasks')\n    tasks.value = await res.json()",
                 "    tasks.value = await listTasks()")
    base = {**PINIA, "web/src/api.js": API, "web/src/stores/tasks.js": store}
    assert _keys(base) == [
        ("IMP402", "web/src/TaskItem.vue", 3, "error", "title"),
        ("IMP402", "web/src/TaskItem.vue", 7, "error", "title"),
        ("IMP402", "web/src/TaskList.vue", 8, "error", "title")]
    elsewhere = store.replace("tasks.value = await listTasks()", "const other = await listTasks()")
    assert _keys({**base, "web/src/stores/tasks.js": elsewhere}) == []


def test_refs_of_other_keys_or_of_something_else_than_storetorefs_are_not_read_as_the_state():
    other_key = REFS_VIEW.replace("const { tasks, loading }", "const { loading }").replace(
        "const firstTitle = () => tasks.value[0].title\n", "").replace(
        'v-for="t in tasks"', 'v-for="t in store.todo"')
    other_call = REFS_VIEW.replace("storeToRefs(store)", "toThings(store)")
    for view in (other_key, other_call):
        assert _keys({**PINIA, "web/src/TaskList.vue": view}) == []


OPTIONS_STORE = '''\
import { defineStore } from 'pinia'

export const useTasksStore = defineStore('tasks', {
  state: () => ({ tasks: [], loading: false }),
  actions: {
    async load() {
      const res = await fetch('/api/tasks')
      this.tasks = await res.json()
    },
  },
})
'''


def test_a_pinia_options_stores_state_set_by_an_action_is_read_where_its_users_read_it():
    assert _keys({**PINIA, "web/src/stores/tasks.js": OPTIONS_STORE}) == [
        ("IMP402", "web/src/TaskItem.vue", 3, "error", "title"),
        ("IMP402", "web/src/TaskItem.vue", 7, "error", "title"),
        ("IMP402", "web/src/TaskList.vue", 8, "error", "title")]
    # `this` of an arrow function, or of a method outside `actions`: not the store's state
    arrow = OPTIONS_STORE.replace("    async load() {", "    load: async () => {")
    assert _keys({**PINIA, "web/src/stores/tasks.js": arrow}) == []
    getters = OPTIONS_STORE.replace("  actions: {", "  getters: {")
    assert _keys({**PINIA, "web/src/stores/tasks.js": getters}) == []


ZUSTAND_STORE = '''\
import { create } from 'zustand'

export const useTaskStore = create((set) => ({
  tasks: [],
  load: async () => {
    const res = await fetch('/api/tasks')
    const tasks = await res.json()
    set({ tasks })
  },
}))
'''
ZUSTAND_LIST = '''\
import { useEffect } from 'react'
import TaskRow from './TaskRow'
import { useTaskStore } from './store'

export function TaskList() {
  const tasks = useTaskStore((s) => s.tasks)
  const load = useTaskStore((s) => s.load)
  useEffect(() => { load() }, [load])
  return <ul>{tasks.map((t) => <TaskRow key={t.id} task={t} />)}</ul>
}
'''
ZUSTAND = {"server/app.js": SERVER, "web/src/store.js": ZUSTAND_STORE,
           "web/src/TaskList.jsx": ZUSTAND_LIST, "web/src/TaskRow.jsx": ROW}


def test_a_zustand_stores_state_is_read_where_a_selector_or_a_destructuring_takes_it():
    assert _keys(ZUSTAND) == [("IMP402", "web/src/TaskRow.jsx", 4, "error", "title")]
    typed = "type State = any\n" + ZUSTAND_STORE.replace(  # TypeScript's curried form
        "create((set) => ({", "create<State>()((set) => ({").replace("set({ tasks })", "set({ tasks: tasks })")
    assert _keys({**ZUSTAND, "web/src/store.ts": typed, "web/src/store.js": None}) == [
        ("IMP402", "web/src/TaskRow.jsx", 4, "error", "title")]
    destructured = ZUSTAND_LIST.replace(
        "  const tasks = useTaskStore((s) => s.tasks)\n  const load = useTaskStore((s) => s.load)\n",
        "  const { tasks, load } = useTaskStore()\n")
    assert _keys({**ZUSTAND, "web/src/TaskList.jsx": destructured}) == [
        ("IMP402", "web/src/TaskRow.jsx", 4, "error", "title")]


def test_a_zustand_selector_it_cannot_read_or_another_key_is_not_judged():
    computed = ZUSTAND_LIST.replace("useTaskStore((s) => s.tasks)", "useTaskStore((s) => s.tasks.slice(1))")
    assert _keys({**ZUSTAND, "web/src/TaskList.jsx": computed}) == []
    other = ZUSTAND_LIST.replace("useTaskStore((s) => s.tasks)", "useTaskStore((s) => s.done)")
    assert _keys({**ZUSTAND, "web/src/TaskList.jsx": other}) == []
    not_set = ZUSTAND_STORE.replace("    set({ tasks })", "    console.log({ tasks })")
    assert _keys({**ZUSTAND, "web/src/store.js": not_set}) == []


SVELTE_LIST = '''\
<script>
  import TaskItem from './TaskItem.svelte'
  let tasks = []
  async function load() {
    const res = await fetch('/api/tasks')
    tasks = await res.json()
  }
  load()
</script>

<ul>
  {#each tasks as t (t.id)}
    <TaskItem task={t} on:done={() => load()} />
  {/each}
</ul>
'''
SVELTE_ITEM = '''\
<script>
  export let task
  $: label = task.title.toUpperCase()
</script>

<li>{task.title} {label}</li>
'''
SVELTE = {"server/app.js": SERVER, "web/src/TaskList.svelte": SVELTE_LIST,
          "web/src/TaskItem.svelte": SVELTE_ITEM}
SVELTE_READS = [("IMP402", "web/src/TaskItem.svelte", 3, "error", "title"),
                ("IMP402", "web/src/TaskItem.svelte", 6, "error", "title")]


def test_a_svelte_components_prop_is_read_in_its_script_and_its_markup():
    assert _keys(SVELTE) == SVELTE_READS
    runes = SVELTE_ITEM.replace("export let task", "let { task, ondone } = $props()").replace(
        "$: label = task.title.toUpperCase()", "const label = $derived(task.title.toUpperCase())")
    assert _keys({**SVELTE, "web/src/TaskItem.svelte": runes}) == SVELTE_READS
    shorthand = SVELTE_LIST.replace("{#each tasks as t (t.id)}", "{#each tasks as task (task.id)}") \
        .replace("<TaskItem task={t}", "<TaskItem {task}")
    assert _keys({**SVELTE, "web/src/TaskList.svelte": shorthand}) == SVELTE_READS


def test_a_svelte_prop_given_something_else_or_reassigned_is_not_judged():
    other_prop = SVELTE_LIST.replace("<TaskItem task={t}", "<TaskItem item={t}")
    assert _keys({**SVELTE, "web/src/TaskList.svelte": other_prop}) == []
    element = SVELTE_LIST.replace("<TaskItem task={t} on:done={() => load()} />",
                                  "<li title={t.name}>x</li>")
    assert _keys({**SVELTE, "web/src/TaskList.svelte": element}) == []
    reassigned = SVELTE_ITEM.replace("  $: label", "  task = { title: 'x' }\n  $: label")
    assert _keys({**SVELTE, "web/src/TaskItem.svelte": reassigned}) == []


TABLE = '''\
import TaskRow from './TaskRow'

export default function TaskTable({ tasks, title }) {
  return (
    <table>
      <caption>{title}</caption>
      <tbody>{tasks.map((t) => <TaskRow key={t.id} task={t} />)}</tbody>
    </table>
  )
}
'''
TABLE_PARENT = LIST.replace("import TaskRow from './TaskRow'", "import TaskTable from './TaskTable'") \
    .replace("return <ul>{tasks.map((t) => <TaskRow key={t.id} task={t} />)}</ul>",
             "return <TaskTable tasks={tasks} title=\"Mine\" />")
NESTED = {**BASE, "web/src/TaskList.jsx": TABLE_PARENT, "web/src/TaskTable.jsx": TABLE}


def test_a_prop_handed_on_to_a_grandchild_is_read_where_the_grandchild_reads_it():
    assert _keys(NESTED) == [("IMP402", "web/src/TaskRow.jsx", 4, "error", "title")]
    through_props = TABLE.replace("({ tasks, title })", "(props)").replace(
        "{title}", "{props.title}").replace("tasks.map", "props.tasks.map")
    assert _keys({**NESTED, "web/src/TaskTable.jsx": through_props}) == [
        ("IMP402", "web/src/TaskRow.jsx", 4, "error", "title")]
    item = ("import TaskTitle from './TaskTitle'\n\nexport default function TaskRow({ task }) {\n"
            "  return <li><TaskTitle value={task} /></li>\n}\n")
    title = "export default function TaskTitle({ value }) {\n  return <b>{value.title}</b>\n}\n"
    assert _keys({**NESTED, "web/src/TaskRow.jsx": item, "web/src/TaskTitle.jsx": title}) == [
        ("IMP402", "web/src/TaskTitle.jsx", 2, "error", "title")]


def test_a_prop_handed_on_as_something_else_or_too_deep_is_not_judged():
    other = TABLE.replace("task={t}", "task={{ title: t.name }}")
    assert _keys({**NESTED, "web/src/TaskTable.jsx": other}) == []
    caption = TABLE.replace("<TaskRow key={t.id} task={t} />", "<TaskRow key={t.id} task={title} />")
    assert _keys({**NESTED, "web/src/TaskTable.jsx": caption}) == []
    levels = {**NESTED}
    for depth in range(1, 5):  # TaskTable -> Wrap1 -> ... -> Wrap4 -> TaskRow: too deep
        inner = "TaskRow" if depth == 4 else f"Wrap{depth + 1}"
        levels[f"web/src/Wrap{depth}.jsx"] = (
            f"import {inner} from './{inner}'\n\nexport default function Wrap{depth}({{ task }}) {{\n"
            f"  return <div><{inner} task={{task}} /></div>\n}}\n")
    levels["web/src/TaskTable.jsx"] = TABLE.replace("import TaskRow from './TaskRow'",
                                                    "import TaskRow from './Wrap1'")
    assert _keys(levels) == []


VUE_TABLE = '''\
<script setup lang="ts">
import TaskItem from './TaskItem.vue'

defineProps<{ tasks: { id: number, title: string }[] }>()
</script>

<template>
  <table><TaskItem v-for="t in tasks" :key="t.id" :task="t" /></table>
</template>
'''


def test_a_vue_prop_handed_on_to_a_grandchild_is_read_where_the_grandchild_reads_it():
    parent = VUE_LIST.replace("import TaskItem from './TaskItem.vue'",
                              "import TaskTable from './TaskTable.vue'").replace(
        '<TaskItem v-for="t in tasks" :key="t.id" :task="t" />', '<TaskTable :tasks="tasks" />')
    nested = {**VUE, "web/src/TaskList.vue": parent, "web/src/TaskTable.vue": VUE_TABLE}
    assert _keys(nested) == [("IMP402", "web/src/TaskItem.vue", 3, "error", "title"),
                             ("IMP402", "web/src/TaskItem.vue", 7, "error", "title")]
