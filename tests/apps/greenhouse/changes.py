"""greenhouse: a Django REST framework API (a `DefaultRouter` with a `ModelViewSet` and its
`@action`s, one with `url_path`; `ModelSerializer`s whose `Meta.fields` list names fields
declared with `source=` and a `SerializerMethodField`; an `@api_view` function) and a Vue 3
client written with composables: a generic `useFetch<T>(path)` in the shape of the Vue guide
(refs `data`/`error`/`loading`, the path a `MaybeRefOrGetter` read with `toValue` in a
`watchEffect`), one composable per resource returning it (`usePlant(() => props.id)`), the
`<script setup>` components destructuring `{ data: plant }` and reading it in their
templates, and a `postJson<T>` helper for the one mutation."""

BACKEND = "backend/plants"
FRONTEND = "frontend/src"

CHANGES = {
    # The watering action is `irrigate` now; the form still posts to /plants/{id}/water/.
    "water-action-renamed": [
        ("edit", f"{BACKEND}/views.py", "    def water(self, request, pk=None):",
         "    def irrigate(self, request, pk=None):"),
    ],
    # The history action takes its method's name as its path; the log still asks for history/.
    "history-url-path-dropped": [
        ("edit", f"{BACKEND}/views.py", '@action(detail=True, methods=["get"], url_path="history")',
         '@action(detail=True, methods=["get"])'),
    ],
    # The zone's name is served as `zone_label`; the card and the detail still read `zone_name`.
    "zone-name-renamed": [
        ("edit", f"{BACKEND}/serializers.py", '    zone_name = serializers.CharField(source="zone.name"',
         '    zone_label = serializers.CharField(source="zone.name"'),
        ("edit", f"{BACKEND}/serializers.py", '            "zone_name",\n', '            "zone_label",\n'),
    ],
    # The computed next watering is gone from the plant; the card still computes its due date.
    "next-watering-dropped": [
        ("edit", f"{BACKEND}/serializers.py", "    next_watering = serializers.SerializerMethodField()\n", ""),
        ("edit", f"{BACKEND}/serializers.py", '            "next_watering",\n', ""),
        ("edit", f"{BACKEND}/serializers.py", """
    def get_next_watering(self, plant):
        due = plant.next_watering()
        return due.isoformat() if due else None
""", ""),
    ],
    # A watering is `amount_ml` on the wire (the model's name): the form still sends `amount`
    # (now required as `amount_ml`), and the form and the log still read `amount`.
    "amount-source-dropped": [
        ("edit", f"{BACKEND}/serializers.py",
         '    amount = serializers.IntegerField(source="amount_ml", min_value=1)\n\n', ""),
        ("edit", f"{BACKEND}/serializers.py", '["id", "amount", "note", "watered_at"]',
         '["id", "amount_ml", "note", "watered_at"]'),
    ],
    # The dashboard counts `needs_water`; the bar still shows `dashboard.thirsty`.
    "dashboard-key-renamed": [
        ("edit", f"{BACKEND}/views.py", '"thirsty": len(thirsty),', '"needs_water": len(thirsty),'),
    ],
    # Refactor: the action is renamed with its client.
    "refactor-water-action-with-client": [
        ("edit", f"{BACKEND}/views.py", "    def water(self, request, pk=None):",
         "    def irrigate(self, request, pk=None):"),
        ("edit", f"{FRONTEND}/composables/usePlants.ts", "`/plants/${id}/water/`", "`/plants/${id}/irrigate/`"),
    ],
    # Refactor: more fields served; nothing read goes away.
    "refactor-fields-added": [
        ("edit", f"{BACKEND}/serializers.py", '    zone_name = serializers.CharField(source="zone.name", read_only=True)\n',
         ('    zone_name = serializers.CharField(source="zone.name", read_only=True)\n'
          '    zone_humidity = serializers.IntegerField(source="zone.humidity_target", read_only=True)\n')),
        ("edit", f"{BACKEND}/serializers.py", '            "zone_name",\n', '            "zone_name",\n            "zone_humidity",\n'),
        ("edit", f"{BACKEND}/views.py", '"total": len(plants),', '"total": len(plants), "zones": Zone.objects.count(),'),
    ],
}
