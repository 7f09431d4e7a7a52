"""aviary: a Flask-RESTX API (`Api(app, prefix="/api")`, `Namespace`s added with
`api.add_namespace(ns, path=...)`, `@ns.route(path)` on `Resource` classes whose methods
`get`/`post`/`delete` are the HTTP methods; what a method sends is the model of its
`@ns.marshal_with(model)` / `@ns.marshal_list_with(model)` (`ns.model("Bird", {...: fields.X})`:
only the model's keys are sent), what it requires the `required=True` fields of its
`@ns.expect(model, validate=True)`; the body read as `ns.payload`) and a Vue 3 client written
with the Options API: `defineComponent({ data() {...}, async created() { this.birds = await
api.listBirds() }, methods: {...} })`, the wrappers methods of an object exported by default
over an axios instance (`axios.create({ baseURL: '/api' })`), `v-for` handing items to a child
component whose `props: { bird: { type: Object as PropType<Bird> } }` its template reads."""

BACK = "backend/aviary"
WEB = "web/src"

CHANGES = {
    # Ringing is /band now; the wrapper still posts to /ring.
    "ring-route-renamed": [
        ("edit", f"{BACK}/birds.py", '@ns.route("/<int:bird_id>/ring")', '@ns.route("/<int:bird_id>/band")'),
    ],
    # A sighting is archived with PATCH now, no DELETE; the wrapper still deletes (a 405).
    "remove-verb-changed": [
        ("edit", f"{BACK}/sightings.py", "    def delete(self, sighting_id):\n        SIGHTINGS.pop(sighting_id, None)\n",
         "    def patch(self, sighting_id):\n        SIGHTINGS[sighting_id][\"archived\"] = True\n"),
    ],
    # The sightings namespace moved into a package; app.py still imports aviary.sightings.
    "sightings-module-moved": [
        ("move", f"{BACK}/sightings.py", f"{BACK}/resources/sightings.py"),
        ("write", f"{BACK}/resources/__init__.py", ""),
    ],
    # The model's `species` is `latin_name` (from the same attribute); the card shows `species`.
    "species-renamed": [
        ("edit", f"{BACK}/birds.py", '    "species": fields.String,\n',
         '    "latin_name": fields.String(attribute="species"),\n'),
    ],
    # A sighting's notes are no longer marshalled; the log still shows them.
    "notes-dropped": [
        ("edit", f"{BACK}/sightings.py", '    "notes": fields.String,\n', ""),
    ],
    # A sighting must give its count now (validated); the form's wrapper sends none (a 400).
    "count-now-required": [
        ("edit", f"{BACK}/sightings.py", '"count": fields.Integer(default=1)',
         '"count": fields.Integer(required=True)'),
    ],
    # Refactor: the ring route is renamed with its client.
    "refactor-ring-route-with-client": [
        ("edit", f"{BACK}/birds.py", '@ns.route("/<int:bird_id>/ring")', '@ns.route("/<int:bird_id>/band")'),
        ("edit", f"{WEB}/api.ts", "`/birds/${id}/ring`", "`/birds/${id}/band`"),
    ],
    # Refactor: more fields marshalled, an optional one accepted; nothing read goes away.
    "refactor-fields-added": [
        ("edit", f"{BACK}/birds.py", '    "ringed": fields.Boolean,\n',
         '    "ringed": fields.Boolean,\n    "family": fields.String,\n'),
        ("edit", f"{BACK}/sightings.py", '    "notes": fields.String,\n',
         '    "notes": fields.String,\n    "weather": fields.String(required=False),\n'),
    ],
}
