"""What a Vue or Svelte template reads of a response through loops whose items share a name
(`v-for="item in tasks"` beside `v-for="item in users"`: each use belongs to the element or
block that binds it) and through a Vue `computed` ref (`open.value` in the script, `open` in
the template, or in a pinia setup store whose state it derives from; a getter of a store's options),
and through Svelte 5 `$derived` values."""

from __future__ import annotations

from conftest import selected_keys

ROUTES = """\
import express from 'express';

const app = express();
app.get('/api/tasks', (req, res) => res.json([{ id: 1, title: 'x' }]));
app.get('/api/users', (req, res) => res.json([{ id: 2, name: 'y' }]));
app.listen(3000);
"""
VUE = """\
<script setup>
import { ref, computed } from 'vue';

const tasks = ref([]);
const users = ref([]);
fetch('/api/tasks').then((r) => r.json()).then((found) => { tasks.value = found; });
fetch('/api/users').then((r) => r.json()).then((found) => { users.value = found; });
const first = computed(() => tasks.value[0]);
const firstTitle = () => first.value.title;
</script>

<template>
  <ul>
    <li v-for="item in tasks" :key="item.id"><b>{{ item.title }}</b></li>
  </ul>
  <ul>
    <li v-for="item in users" :key="item.id">{{ item.name }}</li>
  </ul>
  <p>{{ first.title }}</p>
</template>
"""
SVELTE = """\
<script>
  let tasks = [];
  let users = [];
  fetch('/api/tasks').then((r) => r.json()).then((found) => { tasks = found; });
  fetch('/api/users').then((r) => r.json()).then((found) => { users = found; });
</script>

{#each tasks as item}
  <p>{item.title}</p>
{/each}
{#each users as item}
  <p>{item.name}</p>
{/each}
"""
PACKAGE = '{"dependencies": {"express": "^4"}}'


def _reads_flagged(page: str, text: str, change: dict[str, str]) -> list[int]:
    base = {"server/index.js": ROUTES, page: text, "server/package.json": PACKAGE}
    return sorted(key[2] for key in selected_keys(base, change, ("IMP402",)) if key[1] == page)


def test_vue_loops_binding_one_name_each_read_their_own_list():
    tasks_renamed = {"server/index.js": ROUTES.replace("title: 'x'", "label: 'x'")}
    assert _reads_flagged("web/Lists.vue", VUE, tasks_renamed) == [9, 14, 19]
    users_renamed = {"server/index.js": ROUTES.replace("name: 'y'", "login: 'y'")}
    assert _reads_flagged("web/Lists.vue", VUE, users_renamed) == [17]


def test_svelte_each_blocks_binding_one_name_each_read_their_own_list():
    tasks_renamed = {"server/index.js": ROUTES.replace("title: 'x'", "label: 'x'")}
    assert _reads_flagged("web/Lists.svelte", SVELTE, tasks_renamed) == [9]
    users_renamed = {"server/index.js": ROUTES.replace("name: 'y'", "login: 'y'")}
    assert _reads_flagged("web/Lists.svelte", SVELTE, users_renamed) == [12]


def test_a_loop_nested_in_another_of_the_same_name_hides_it():
    nested = VUE.replace(
        '<li v-for="item in tasks" :key="item.id"><b>{{ item.title }}</b></li>',
        '<li v-for="item in tasks" :key="item.id"><b>{{ item.title }}</b>\n'
        '      <i v-for="item in users" :key="item.id">{{ item.title }}</i></li>')
    tasks_renamed = {"server/index.js": ROUTES.replace("title: 'x'", "label: 'x'")}
    # line 15 reads `title` of a user (the inner loop's item): not a task's, never there
    assert _reads_flagged("web/Lists.vue", nested, tasks_renamed) == [9, 14, 20]


SETUP_STORE = """\
import { defineStore } from 'pinia';
import { ref, computed } from 'vue';

export const useTaskStore = defineStore('tasks', () => {
  const tasks = ref([]);
  const latest = computed(() => tasks.value.find((t) => t.id > 0));
  async function load() {
    tasks.value = await (await fetch('/api/tasks')).json();
  }
  return { tasks, latest, load };
});
"""
STORE_PAGE = """\
<script setup>
import { useTaskStore } from './tasks';

const store = useTaskStore();
store.load();
</script>

<template>
  <p>{{ store.latest.title }}</p>
  <p v-for="task in store.tasks" :key="task.id">{{ task.title }}</p>
</template>
"""


def test_a_computed_ref_of_a_setup_store_is_read_as_the_store_state_it_derives_from():
    base = {"server/index.js": ROUTES, "web/tasks.js": SETUP_STORE, "web/Latest.vue": STORE_PAGE,
            "server/package.json": PACKAGE}
    tasks_renamed = {"server/index.js": ROUTES.replace("title: 'x'", "label: 'x'")}
    assert sorted(key[1:3] for key in selected_keys(base, tasks_renamed, ("IMP402",))) == [
        ("web/Latest.vue", 9), ("web/Latest.vue", 10)]


OPTIONS_STORE = """\
import { defineStore } from 'pinia';

export const useTaskStore = defineStore('tasks', {
  state: () => ({ tasks: [], filter: '' }),
  getters: {
    open: (state) => state.tasks.filter((t) => !t.done),
    query: (state) => state.filter.trim(),
  },
  actions: {
    async load() {
      this.tasks = await (await fetch('/api/tasks')).json();
    },
  },
});
"""
OPEN_PAGE = """\
<script setup>
import { useTaskStore } from './tasks';

const store = useTaskStore();
store.load();
</script>

<template>
  <p v-for="task in store.open" :key="task.id">{{ task.title }}</p>
  <p>{{ store.query.length }}</p>
</template>
"""


def test_a_getter_of_a_stores_options_gives_what_it_derives_from_the_state_a_request_set():
    routes = ROUTES.replace("title: 'x' }", "title: 'x', done: false }")
    base = {"server/index.js": routes, "web/tasks.js": OPTIONS_STORE, "web/Open.vue": OPEN_PAGE,
            "server/package.json": PACKAGE}
    title_renamed = {"server/index.js": routes.replace("title: 'x'", "label: 'x'")}
    assert sorted(key[1:3] for key in selected_keys(base, title_renamed, ("IMP402",))) == [
        ("web/Open.vue", 9)]
    done_renamed = {"server/index.js": routes.replace("done: false", "closed: false")}
    assert sorted(key[1:3] for key in selected_keys(base, done_renamed, ("IMP402",))) == [
        ("web/tasks.js", 6)]


SVELTE_RUNES = """\
<script>
  import { onMount } from 'svelte';

  let tasks = $state([]);
  let open = $derived(tasks.filter((t) => !t.done));
  let first = $derived.by(() => tasks[0]);
  function titles() { return tasks.map((t) => t.title); }
  onMount(async () => {
    tasks = await (await fetch('/api/tasks')).json();
  });
</script>

{#each open as task}
  <p>{task.title}</p>
{/each}
<p>{first?.title}</p>
"""


def test_svelte_derived_values_read_what_the_state_they_derive_from_holds():
    """`$derived(expr)` and `$derived.by(getter)` of a top-level `let` a request sets, and a
    function of the script reading it."""
    renamed = {"server/index.js": ROUTES.replace("title: 'x'", "label: 'x'")}
    assert _reads_flagged("web/Runes.svelte", SVELTE_RUNES, renamed) == [7, 14, 16]


OPTIONS_PAGE = """\
<template>
  <ul>
    <li v-for="task in open" :key="task.id">{{ task.title }}</li>
  </ul>
</template>

<script>
export default {
  data() {
    return { tasks: [] };
  },
  computed: {
    open() {
      return this.tasks.filter((t) => t.id > 0);
    },
    count: (vm) => vm.tasks.length,
  },
  async created() {
    this.tasks = await (await fetch('/api/tasks')).json();
  },
};
</script>
"""


def test_a_computed_property_of_a_components_options_reads_the_data_a_request_set():
    renamed = {"server/index.js": ROUTES.replace("title: 'x'", "label: 'x'")}
    assert _reads_flagged("web/Options.vue", OPTIONS_PAGE, renamed) == [3]
