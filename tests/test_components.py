"""Vue and Svelte single-file components: the `<script>` blocks of a `.vue` or `.svelte` file
are read as TypeScript with every site where it is in the file; a component's default export
is the component; only a Svelte module script's exports are the module's; names a script uses
unbound (compiler macros, Nuxt auto-imports) are not reported. Cases in memory
(conftest.diff_findings); `impact fix` through the real CLI."""

from __future__ import annotations

from conftest import build_repo, diff_findings, git, run_impact

from impact.lang.components import script_blocks

API = '''\
export async function listTickets() {
  const res = await fetch('/api/tickets');
  return res.json();
}

export function closeTicket(id: number) {
  return fetch(`/api/tickets/${id}/close`, { method: 'POST' });
}
'''
LIST_VUE = '''\
<template>
  <ul>
    <li v-for="t in tickets" :key="t.id" @click="close(t.id)">{{ t.title }}</li>
  </ul>
</template>

<script setup lang="ts">
import { ref, onMounted } from 'vue';
import { listTickets, closeTicket } from '../api/tickets';

const props = defineProps<{ filter: string }>();
const tickets = ref([]);
const { data } = await useFetch('/api/me');
onMounted(async () => { tickets.value = await listTickets(); });
function close(id: number) { closeTicket(id); }
</script>

<style scoped>
li { color: red; }
</style>
'''
MAIN = '''\
import { createApp } from 'vue';
import TicketList from './components/TicketList.vue';

createApp(TicketList).mount('#app');
'''
BASE = {"src/api/tickets.ts": API, "src/components/TicketList.vue": LIST_VUE, "src/main.ts": MAIN,
        "package.json": '{"name": "desk", "private": true}'}


def _keys(findings: list[dict]) -> list[tuple]:
    return sorted((f["code"], f["file"], f["line"], f["severity"]) for f in findings)


def test_a_renamed_export_a_vue_script_imports_is_reported_at_its_line_in_the_component():
    change = {"src/api/tickets.ts": API.replace("function closeTicket(", "function closeTicketById(")}
    assert _keys(diff_findings(BASE, change)) == [
        ("IMP101", "src/components/TicketList.vue", 9, "error")]


def test_a_component_is_its_default_export_and_deleting_it_breaks_its_importers():
    assert diff_findings(BASE, {"src/main.ts": MAIN + "\nexport default TicketList;\n"}) == []
    assert _keys(diff_findings(BASE, {"src/components/TicketList.vue": None})) == [
        ("IMP102", "src/main.ts", 2, "error")]


def test_macros_and_auto_imports_a_component_uses_unbound_are_not_reported():
    added = LIST_VUE.replace("const props", "const route = useRoute();\nconst props")
    assert diff_findings(BASE, {"src/components/TicketList.vue": added,
                                "src/components/Other.vue": "<script setup>\nconst x = $ref(0);\n"
                                                           "definePageMeta({});\n</script>\n"}) == []


def test_only_a_svelte_module_scripts_exports_are_the_modules():
    card = ('<script context="module">\n  export function format(t) {\n    return t.title;\n  }\n'
            '</script>\n\n<script>\n  export let ticket;\n</script>\n\n<p>{format(ticket)}</p>\n')
    user = "import Card, { format } from './Card.svelte';\n\nexport const show = (t) => format(t);\n"
    base = {"src/Card.svelte": card, "src/show.js": user}
    assert diff_findings(base, {"src/show.js": user + "import { ticket } from './Card.svelte';\n"}
                         )[0]["code"] == "IMP101"  # a prop, not an export
    renamed = card.replace("function format(", "function formatTicket(")
    assert ("IMP101", "src/show.js", 1, "error") in _keys(diff_findings(base, {"src/Card.svelte": renamed}))


def test_a_component_imported_without_its_extension_is_resolved():
    # pretalx's schedule: `import Session from './Session'` (the bundler's resolve.extensions
    # lists .vue); a file of a listed extension still comes first, and a missing one is IMP102
    user = ("<script>\nimport Session from './Session'\nimport Card from './Card'\n"
            "export default { components: { Session, Card } }\n</script>\n")
    base = {"src/components/Session.vue": "<template><p/></template>\n",
            "src/components/Card.svelte": "<p>card</p>\n"}
    assert diff_findings(base, {"src/components/Grid.vue": user}) == []
    gone = {"src/components/Grid.vue": user, "src/components/Session.vue": None}
    assert ("IMP102", "src/components/Grid.vue", 2, "error") in _keys(diff_findings(base, gone))


def test_a_type_a_svelte_instance_script_exports_is_the_modules():
    # appwrite's console: Svelte 5 hoists `export type` out of the instance script
    modal = ('<script lang="ts">\n  export type ProductLabel = "site" | "function";\n'
             '  export interface Props { label?: ProductLabel }\n  export let open = false;\n'
             '</script>\n\n<p>{open}</p>\n')
    user = ("import type { ProductLabel, Props } from './Modal.svelte';\n"
            "export const label: ProductLabel = 'site';\nexport let props: Props;\n")
    base = {"src/Modal.svelte": modal}
    assert diff_findings(base, {"src/use.ts": user}) == []
    assert _keys(diff_findings(base, {"src/use.ts": user + "import { open } from './Modal.svelte';\n"})
                 ) == [("IMP101", "src/use.ts", 4, "error")]  # a prop, not an export


def test_a_components_requests_are_checked_against_the_routes():
    server = ("from fastapi import FastAPI\n\napp = FastAPI()\n\n\n@app.post('/api/tickets/{id}/close')\n"
              "def close(id: int):\n    return {}\n\n\n@app.get('/api/tickets')\ndef tickets():\n"
              "    return []\n")
    api_in_component = LIST_VUE.replace(
        "function close(id: number) { closeTicket(id); }",
        "function close(id: number) { fetch(`/api/tickets/${id}/close`, { method: 'POST' }); }")
    base = {**BASE, "server/main.py": server, "src/components/TicketList.vue": api_in_component}
    gone = server.replace("@app.post('/api/tickets/{id}/close')", "@app.post('/api/tickets/{id}/shut')")
    keys = _keys(diff_findings(base, {"server/main.py": gone}))
    assert ("IMP401", "src/components/TicketList.vue", 15, "error") in keys


def test_script_blocks_keep_every_byte_offset_and_line_break():
    source = b"<template>\n  <p>\xc3\xa9</p>\n</template>\n<script lang='ts'>\nconst a = 1;\n</script>\n"
    kept = script_blocks(source)
    assert len(kept) == len(source) and kept.count(b"\n") == source.count(b"\n")
    assert kept[source.index(b"const"):].startswith(b"const a = 1;\n")
    assert kept.strip() == b"const a = 1;"
    assert script_blocks(b"<template><p/></template>\n").strip() == b""


def test_fix_rewrites_the_import_inside_the_component(tmp_path):
    change = {"src/api/tickets.ts": API.replace("closeTicket(", "closeTicketById(")
              .replace("export function closeTicketById", "export function closeTicketById")}
    repo = build_repo(tmp_path / "repo", [BASE, change])
    git(repo, "checkout", "-q", "HEAD")
    assert run_impact(repo, "fix", "HEAD~1").exit_code == 0
    fixed = (repo / "src/components/TicketList.vue").read_text()
    assert "closeTicketById as closeTicket" in fixed and fixed.startswith("<template>")
    assert run_impact(repo, "diff", "HEAD").exit_code == 0
