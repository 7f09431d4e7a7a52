"""SolidJS: `const [list] = createResource(fetcher)` holds what the fetcher resolves to,
`list()` gives it; `<For each={list()}>{(item) => ...}</For>` hands each item to its render
function (`<Index>` an accessor of it)."""

from __future__ import annotations

from conftest import selected_keys

SERVER = """\
import express from 'express'

const app = express()
app.get('/api/workshops', (req, res) => {
  res.json([{ id: 1, title: 'Clay', seats: 3 }])
})
app.listen(3000)
"""
API = """\
export async function fetchWorkshops() {
  const response = await fetch('/api/workshops')
  return response.json()
}
"""
VIEW = """\
import { createResource, For, Index } from 'solid-js'
import { fetchWorkshops } from './api'

export default function App() {
  const [workshops] = createResource(fetchWorkshops)
  return (
    <main>
      <For each={workshops()}>{(workshop) => <p>{workshop.title}</p>}</For>
      <Index each={workshops()}>{(workshop) => <p>{workshop().seats}</p>}</Index>
    </main>
  )
}
"""
BASE = {"server/app.js": SERVER, "web/api.js": API, "web/App.jsx": VIEW}


def _keys(change):
    return sorted(key[:4] for key in selected_keys(BASE, change, ("IMP402",)))


def test_the_items_of_a_resource_in_for_and_index():
    title = {"server/app.js": SERVER.replace("title: 'Clay', ", "")}
    assert _keys(title) == [("IMP402", "web/App.jsx", 8, "error")]
    seats = {"server/app.js": SERVER.replace(", seats: 3", "")}
    assert _keys(seats) == [("IMP402", "web/App.jsx", 9, "error")]


def test_a_loop_component_not_imported_from_solid_is_not_followed():
    own = dict(BASE, **{"web/App.jsx": VIEW.replace("import { createResource, For, Index } from 'solid-js'",
                                                    "import { createResource } from 'solid-js'\n"
                                                    "import { For, Index } from './loops'"),
                        "web/loops.jsx": "export const For = () => null\nexport const Index = () => null\n"})
    assert selected_keys(own, {"server/app.js": SERVER.replace("title: 'Clay', ", "")}, ("IMP402",)) == []
