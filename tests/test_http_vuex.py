"""A Vuex store keeps what an action's request gives under the state key its mutation sets
(`commit('setTasks', data)`, `setTasks(state, tasks) { state.tasks = tasks }`): a component
reads it through `this.$store.state.tasks`, `$store.state.tasks` in its template and
`mapState(['tasks'])` / `mapState('board', ['current'])` in its `computed`. A pinia store's
state is read through `mapState(useTasksStore, ['tasks'])` in an Options API component."""

from __future__ import annotations

from conftest import selected_keys

ROUTES = """\
import express from 'express';

const app = express();
app.get('/api/tasks', (req, res) => res.json([{ id: 1, title: 'x' }]));
app.get('/api/board', (req, res) => res.json({ id: 2, name: 'y' }));
app.listen(3000);
"""
STORE = """\
import axios from 'axios';
import Vuex from 'vuex';

const mutations = {
  setTasks(state, tasks) {
    state.tasks = tasks;
  },
};

export default new Vuex.Store({
  state: { tasks: [] },
  mutations,
  actions: {
    async load({ commit }) {
      const { data } = await axios.get('/api/tasks');
      commit('setTasks', data);
    },
  },
  modules: {
    board: {
      namespaced: true,
      state: () => ({ current: null }),
      mutations: {
        setBoard(state, payload) { state.current = payload; },
      },
      actions: {
        async fetch(context) {
          const response = await axios.get('/api/board');
          context.commit('setBoard', response.data);
        },
      },
    },
  },
});
"""
LIST = """\
<script>
import { mapState } from 'vuex';

export default {
  computed: {
    ...mapState(['tasks']),
    ...mapState('board', ['current']),
  },
  methods: {
    first() {
      return [this.$store.state.tasks[0].title, this.tasks[1].title];
    },
  },
};
</script>

<template>
  <ul>
    <li v-for="t in tasks" :key="t.id">{{ t.title }}</li>
  </ul>
  <p>{{ $store.state.tasks.length }} {{ current.name }}</p>
</template>
"""
BASE = {"server/index.js": ROUTES, "web/store.js": STORE, "web/TaskList.vue": LIST,
        "web/package.json": '{"dependencies": {"vuex": "^3"}}',
        "server/package.json": '{"dependencies": {"express": "^4"}}'}


def _flagged(change, base=BASE):
    return sorted(key[1:3] for key in selected_keys(base, change, ("IMP402",)))


def test_a_field_of_what_a_vuex_action_commits_is_read_where_components_read_the_state():
    change = {"server/index.js": ROUTES.replace("title: 'x'", "label: 'x'")}
    assert _flagged(change) == [("web/TaskList.vue", 11), ("web/TaskList.vue", 11),
                                ("web/TaskList.vue", 19)]


def test_a_namespaced_modules_state_is_read_through_map_state_with_its_namespace():
    change = {"server/index.js": ROUTES.replace("name: 'y'", "login: 'y'")}
    assert _flagged(change) == [("web/TaskList.vue", 21)]


def test_a_mutation_named_by_no_literal_is_not_followed():
    store = STORE.replace("commit('setTasks', data)", "commit(kind, data)").replace(
        "async load({ commit }) {", "async load({ commit }, kind) {")
    change = {"server/index.js": ROUTES.replace("title: 'x'", "label: 'x'")}
    assert _flagged(change, {**BASE, "web/store.js": store}) == []


def test_a_payload_reshaped_before_the_commit_is_not_followed():
    store = STORE.replace("commit('setTasks', data)", "commit('setTasks', data.map(wrap))")
    change = {"server/index.js": ROUTES.replace("title: 'x'", "label: 'x'")}
    assert _flagged(change, {**BASE, "web/store.js": store}) == []


PINIA = """\
import axios from 'axios';
import { defineStore } from 'pinia';

export const useTasksStore = defineStore('tasks', {
  state: () => ({ tasks: [] }),
  actions: {
    async load() {
      const { data } = await axios.get('/api/tasks');
      this.tasks = data;
    },
  },
});
"""
PINIA_LIST = """\
<script>
import { mapState } from 'pinia';
import { useTasksStore } from './tasks';

export default {
  computed: {
    ...mapState(useTasksStore, ['tasks']),
    ...mapState(useTasksStore, { list: 'tasks', count: (store) => store.tasks.length }),
  },
  methods: {
    first() {
      return this.list[0].title;
    },
  },
};
</script>

<template>
  <p v-for="t in tasks" :key="t.id">{{ t.title }}</p>
</template>
"""


def test_a_pinia_stores_state_mapped_into_an_options_components_computed_is_read_there():
    base = {"server/index.js": ROUTES, "web/tasks.js": PINIA, "web/TaskList.vue": PINIA_LIST,
            "web/package.json": '{"dependencies": {"pinia": "^2"}}',
            "server/package.json": '{"dependencies": {"express": "^4"}}'}
    change = {"server/index.js": ROUTES.replace("title: 'x'", "label: 'x'")}
    assert _flagged(change, base) == [("web/TaskList.vue", 12), ("web/TaskList.vue", 19)]


THEN_LOAD = """\
    load({ commit }) {
      return axios.get('/api/tasks').then((response) => {
        commit('setTasks', response.data);
      });
    },"""
AWAIT_LOAD = """\
    async load({ commit }) {
      const { data } = await axios.get('/api/tasks');
      commit('setTasks', data);
    },"""


def test_a_value_committed_in_a_then_callback_or_bound_by_a_let_or_in_a_block_is_followed():
    change = {"server/index.js": ROUTES.replace("title: 'x'", "label: 'x'")}
    in_try = AWAIT_LOAD.replace("      const", "      try {\n      const").replace(
        "data);\n", "data);\n      } catch (e) { console.log(e); }\n")
    for load in (THEN_LOAD, AWAIT_LOAD.replace("const { data }", "let { data }"), in_try):
        store = {**BASE, "web/store.js": STORE.replace(AWAIT_LOAD, load)}
        assert len(_flagged(change, store)) == 3, load


def test_a_let_assigned_again_or_a_then_of_another_value_is_not_followed():
    change = {"server/index.js": ROUTES.replace("title: 'x'", "label: 'x'")}
    reassigned = AWAIT_LOAD.replace("const { data }", "let { data }").replace(
        "      commit(", "      data = data.map(wrap);\n      commit(")
    chained = THEN_LOAD.replace(".then((response) =>", ".then((r) => wrap(r)).then((response) =>")
    for load in (reassigned, chained):
        store = {**BASE, "web/store.js": STORE.replace(AWAIT_LOAD, load)}
        assert _flagged(change, store) == [], load


def test_a_computed_that_is_a_map_state_call_reads_the_state():
    component = LIST.replace("""  computed: {
    ...mapState(['tasks']),
    ...mapState('board', ['current']),
  },""", "  computed: mapState(['tasks']),")
    change = {"server/index.js": ROUTES.replace("title: 'x'", "label: 'x'")}
    assert _flagged(change, {**BASE, "web/TaskList.vue": component}) == [
        ("web/TaskList.vue", 8), ("web/TaskList.vue", 8), ("web/TaskList.vue", 16)]


def test_mutation_types_given_by_the_modules_constants_are_followed():
    typed = STORE.replace("const mutations = {\n  setTasks(", "const SET_TASKS = 'setTasks';\n"
                          "const types = { SET_TASKS };\nconst mutations = {\n  [SET_TASKS](")
    typed = typed.replace("commit('setTasks', data)", "commit(types.SET_TASKS, data)")
    typed = typed.replace("const types = { SET_TASKS };", "const types = { SET_TASKS: 'setTasks' };")
    change = {"server/index.js": ROUTES.replace("title: 'x'", "label: 'x'")}
    assert len(_flagged(change, {**BASE, "web/store.js": typed})) == 3
    imported = "import { SET_TASKS } from './types';\n" + typed.replace("const SET_TASKS = 'setTasks';\n", "")
    assert _flagged(change, {**BASE, "web/store.js": imported}) == []


FILED_ROUTES = """\
import express from 'express';

const app = express();
app.get('/api/boats', (req, res) => res.json([{ id: 1, skipper: 'x', knots: 4 }]));
app.get('/api/standings', (req, res) => res.json({ standings: [{ boat: 1, place: 1 }] }));
app.listen(3000);
"""
FILED_INDEX = """\
import { createStore } from 'vuex';
import boats from './modules/boats';
import { races } from './modules/races';

export default createStore({ modules: { boats, fleet: { modules: { races } } } });
"""
FILED_BOATS = """\
import api from '../../api';

export default {
  namespaced: true,
  state: () => ({ list: [] }),
  getters: {
    leader: (state) => state.list[0],
    fast(state) {
      return state.list.filter((boat) => boat.knots > 5);
    },
  },
  mutations: {
    setBoats(state, boats) { state.list = boats; },
  },
  actions: {
    load({ commit }) {
      return api.get('/boats').then((res) => commit('setBoats', res.data));
    },
  },
};
"""
FILED_RACES = """\
import api from '../../api';

export const races = {
  namespaced: true,
  state: { standings: [] },
  mutations: {
    setStandings(state, standings) { state.standings = standings; },
  },
  actions: {
    load({ commit }) {
      return api.get('/standings')
        .then((res) => res.data)
        .then((data) => commit('setStandings', data.standings));
    },
  },
};
"""
FILED_LIST = """\
<template>
  <p v-for="boat in list" :key="boat.id">{{ boat.skipper }}</p>
  <p v-if="leader">{{ leader.skipper }}</p>
  <p v-for="boat in fast" :key="boat.id">{{ boat.knots }}</p>
</template>

<script>
import { mapGetters, mapState } from 'vuex';

export default {
  computed: {
    ...mapState('boats', ['list']),
    ...mapGetters('boats', ['leader', 'fast']),
  },
};
</script>
"""
FILED_BOARD = """\
<script setup>
import { computed } from 'vue';
import { useStore } from 'vuex';

const store = useStore();
const standings = computed(() => store.state.fleet.races.standings);
</script>

<template>
  <p v-for="row in standings" :key="row.boat">{{ row.place }}</p>
</template>
"""
FILED = {"server/index.js": FILED_ROUTES, "web/store/index.js": FILED_INDEX,
         "web/store/modules/boats.js": FILED_BOATS, "web/store/modules/races.js": FILED_RACES,
         "web/api.js": "import axios from 'axios';\n\nexport default axios.create({ baseURL: '/api' });\n",
         "web/BoatList.vue": FILED_LIST, "web/RaceBoard.vue": FILED_BOARD,
         "web/package.json": '{"dependencies": {"vuex": "^4", "axios": "^1"}}',
         "server/package.json": '{"dependencies": {"express": "^4"}}'}


def test_a_module_in_its_own_file_keeps_its_state_under_the_name_a_store_registers_it_by():
    change = {"server/index.js": FILED_ROUTES.replace("skipper: 'x'", "helm: 'x'")}
    assert _flagged(change, FILED) == [("web/BoatList.vue", 2), ("web/BoatList.vue", 3)]
    unregistered = FILED_INDEX.replace("modules: { boats, ", "modules: { ")
    assert _flagged(change, {**FILED, "web/store/index.js": unregistered}) == []
    renamed = FILED_INDEX.replace("modules: { boats, ", "modules: { yachts: boats, ")  # not `boats`
    assert _flagged(change, {**FILED, "web/store/index.js": renamed}) == []
    mapped = FILED_LIST.replace("'boats'", "'yachts'")
    assert _flagged(change, {**FILED, "web/store/index.js": renamed, "web/BoatList.vue": mapped}) == [
        ("web/BoatList.vue", 2), ("web/BoatList.vue", 3)]


def test_a_getter_mapped_with_map_getters_gives_the_part_of_the_state_it_returns():
    change = {"server/index.js": FILED_ROUTES.replace("knots: 4", "speed: 4")}
    # and the getter's own filter, `boat.knots > 5`, which now keeps no boat
    assert _flagged(change, FILED) == [("web/BoatList.vue", 4), ("web/store/modules/boats.js", 9)]
    reshaped = FILED_BOATS.replace("return state.list.filter((boat) => boat.knots > 5);",
                                   "return state.list.map((boat) => ({ ...boat, fast: true }));")
    assert _flagged(change, {**FILED, "web/store/modules/boats.js": reshaped}) == []


def test_a_getter_building_new_values_from_the_items_of_the_state_reads_their_fields():
    labels = FILED_BOATS.replace("return state.list.filter((boat) => boat.knots > 5);",
                                 "return state.list.map((boat) => ({ text: `${boat.knots}` }));")
    change = {"server/index.js": FILED_ROUTES.replace("knots: 4", "speed: 4")}
    getter = ("web/store/modules/boats.js", 9)
    assert getter in _flagged(change, {**FILED, "web/store/modules/boats.js": labels})
    other = labels.replace("state.list.map((boat) =>", "state.list.map(({ knots }) => knots).map((boat) =>")
    assert getter not in _flagged(change, {**FILED, "web/store/modules/boats.js": other})


def test_use_store_in_a_setup_script_and_chained_thens_through_property_paths_are_followed():
    change = {"server/index.js": FILED_ROUTES.replace("place: 1", "rank: 1")}
    assert _flagged(change, FILED) == [("web/RaceBoard.vue", 10)]
    own_hook = FILED_BOARD.replace("from 'vuex'", "from './store/hooks'")
    assert _flagged(change, {**FILED, "web/RaceBoard.vue": own_hook}) == []
    reshaped = FILED_RACES.replace(".then((res) => res.data)", ".then((res) => unwrap(res))")
    assert _flagged(change, {**FILED, "web/store/modules/races.js": reshaped}) == []


def test_a_pinia_getter_reading_the_state_through_this_gives_what_it_returns():
    store = PINIA.replace("  actions: {", "  getters: {\n    first() {\n      return this.tasks[0];\n"
                          "    },\n  },\n  actions: {")
    component = PINIA_LIST.replace("...mapState(useTasksStore, ['tasks']),",
                                   "...mapState(useTasksStore, ['tasks', 'first']),").replace(
        "{{ t.title }}</p>", "{{ t.title }}</p>\n  <h2>{{ first.title }}</h2>")
    base = {"server/index.js": ROUTES, "web/tasks.js": store, "web/TaskList.vue": component,
            "web/package.json": '{"dependencies": {"pinia": "^2"}}',
            "server/package.json": '{"dependencies": {"express": "^4"}}'}
    change = {"server/index.js": ROUTES.replace("title: 'x'", "label: 'x'")}
    assert ("web/TaskList.vue", 20) in _flagged(change, base)
    arrow = store.replace("first() {\n      return this.tasks[0];\n    },", "first: () => this.tasks[0],")
    assert ("web/TaskList.vue", 20) not in _flagged(change, {**base, "web/tasks.js": arrow})


def test_a_getter_read_from_the_stores_getters_or_mapped_by_its_full_name_is_followed():
    change = {"server/index.js": FILED_ROUTES.replace("skipper: 'x'", "helm: 'x'")}
    by_getters = FILED_BOARD.replace("</script>", "const leader = computed(() => store.getters['boats/leader']);\n"
                                     "</script>").replace("{{ row.place }}</p>", "{{ row.place }}</p>\n"
                                                          "  <p>{{ leader.skipper }}</p>")
    assert ("web/RaceBoard.vue", 12) in _flagged(change, {**FILED, "web/RaceBoard.vue": by_getters})
    full_name = FILED_LIST.replace("...mapGetters('boats', ['leader', 'fast']),",
                                   "...mapGetters({ leader: 'boats/leader' }),")
    assert ("web/BoatList.vue", 3) in _flagged(change, {**FILED, "web/BoatList.vue": full_name})
    unknown = by_getters.replace("store.getters['boats/leader']", "store.getters[name]")
    assert ("web/RaceBoard.vue", 12) not in _flagged(change, {**FILED, "web/RaceBoard.vue": unknown})


def test_a_map_state_entry_that_is_a_function_of_the_state_reads_the_part_it_gives():
    change = {"server/index.js": FILED_ROUTES.replace("skipper: 'x'", "helm: 'x'")}
    mapped = FILED_LIST.replace("...mapState('boats', ['list']),",
                                "...mapState('boats', { list: 'list', top: (state) => state.list[0] }),").replace(
        "<p v-if=\"leader\">{{ leader.skipper }}</p>", "<p v-if=\"top\">{{ top.skipper }}</p>")
    assert ("web/BoatList.vue", 3) in _flagged(change, {**FILED, "web/BoatList.vue": mapped})
    counted = mapped.replace("(state) => state.list[0]", "(state) => state.list.map(label)")
    assert ("web/BoatList.vue", 3) not in _flagged(change, {**FILED, "web/BoatList.vue": counted})
