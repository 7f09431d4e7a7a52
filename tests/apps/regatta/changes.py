"""regatta: an Express API (routers `Router()` mounted with `app.use('/api/boats', boats)`,
`res.json(...)` of object literals holding inline arrays and objects: a boat's `crew` mapped
item by item, a race's `standings` an array literal, its `wind` an object) and a Vue 3 frontend
on Vuex 4 whose modules are written in their own files (`store/modules/boats.js` exporting the
module's options, registered by import in `createStore({ modules: { boats, races } })`),
namespaced, loading with chained `.then` (`api.get(u).then((res) => res.data).then((data) =>
commit(...))`); components read them through `mapState('boats', ['list'])` and
`mapGetters('boats', ['leader'])` (Options API) and `useStore()` in `<script setup>`."""

SERVER = "server/src"
WEB = "web/src"

CHANGES = {
    # A boat is launched at /sail now; the store's action still posts to /launch.
    "launch-route-renamed": [
        ("edit", f"{SERVER}/routes/boats.js", "router.post('/:id/launch'", "router.post('/:id/sail'"),
    ],
    # A boat is retired with POST /:id/retire now, no DELETE; the action still deletes.
    "retire-verb-changed": [
        ("edit", f"{SERVER}/routes/boats.js", "router.delete('/:id', (req, res) => {",
         "router.post('/:id/retire', (req, res) => {"),
    ],
    # A boat's `skipper` is `helm` now; the list (mapState of the boats module) still shows it.
    "skipper-renamed": [
        ("edit", f"{SERVER}/routes/boats.js", "    skipper: boat.skipper,", "    helm: boat.skipper,"),
    ],
    # A boat's speed is `speedKnots` now; the leader (a getter, mapGetters) still shows `knots`.
    "knots-renamed": [
        ("edit", f"{SERVER}/routes/boats.js", "    knots: knots(boat.speedMs),", "    speedKnots: knots(boat.speedMs),"),
    ],
    # A crew member's `role` is `position` (inside the mapped `crew` array); the list reads `role`.
    "crew-role-renamed": [
        ("edit", f"{SERVER}/routes/boats.js", "role: member.role", "position: member.role"),
    ],
    # A standing's `place` is `rank` (inside the inline array); the board (useStore) reads `place`.
    "standing-place-renamed": [
        ("edit", f"{SERVER}/routes/races.js", "{ boatId: 1, place: 1, elapsed: '1:02:11' }",
         "{ boatId: 1, rank: 1, elapsed: '1:02:11' }"),
        ("edit", f"{SERVER}/routes/races.js", "{ boatId: 2, place: 2, elapsed: '1:04:40' }",
         "{ boatId: 2, rank: 2, elapsed: '1:04:40' }"),
    ],
    # The wind no longer says its direction (inside the inline `wind` object); the board shows it.
    "wind-direction-dropped": [
        ("edit", f"{SERVER}/routes/races.js", "wind: { knots: 12, direction: 'SW' }", "wind: { knots: 12 }"),
    ],
    # The speed helper moved into lib/ without its importer.
    "speed-module-moved": [
        ("move", f"{SERVER}/speed.js", f"{SERVER}/lib/speed.js"),
    ],
    # Refactor: the launch route is renamed with the store's action.
    "refactor-launch-route-with-client": [
        ("edit", f"{SERVER}/routes/boats.js", "router.post('/:id/launch'", "router.post('/:id/sail'"),
        ("edit", f"{WEB}/store/modules/boats.js", "`/boats/${id}/launch`", "`/boats/${id}/sail`"),
    ],
    # Refactor: more fields served (a boat's class, a standing's penalty, the wind's gusts).
    "refactor-fields-added": [
        ("edit", f"{SERVER}/routes/boats.js", "    skipper: boat.skipper,",
         "    skipper: boat.skipper,\n    sailClass: 'J/70',"),
        ("edit", f"{SERVER}/routes/races.js", "wind: { knots: 12, direction: 'SW' }",
         "wind: { knots: 12, direction: 'SW', gusts: 18 }"),
        ("edit", f"{SERVER}/routes/races.js", "{ boatId: 2, place: 2, elapsed: '1:04:40' }",
         "{ boatId: 2, place: 2, elapsed: '1:04:40', penalty: 0 }"),
    ],
}
