"""marina: a Flask-Smorest API (`Api(app).register_blueprint(blp, url_prefix=...)`, `MethodView`
classes routed with `@blp.route`, a function view with `methods=[...]`, `@blp.arguments(Schema)`
for the body or the query and `@blp.response(status, Schema(many=True))` serialising what the
view returns through marshmallow schemas — fields renamed on the wire with `attribute=`, a
`fields.Method`, `required=True`/`load_default`) and an Angular client: standalone components
with inline templates (`@for`/`@if` blocks, the `async` pipe), `@Injectable` services holding
`HttpClient` (through `inject(HttpClient)` or a constructor parameter) whose methods return
`this.http.get<T>(`${this.baseUrl}/...`)` under `environment.apiUrl`, read in `subscribe`
callbacks and through a card's `@Input()`."""

API = "api/marina"
WEB = "web/src/app"

CHANGES = {
    # Releasing a berth is /vacate now; the service still posts to /release.
    "release-route-renamed": [
        ("edit", f"{API}/berths/routes.py", '"/<int:berth_id>/release"', '"/<int:berth_id>/vacate"'),
    ],
    # A payment is a PUT now; the service still sends POST.
    "payments-verb-changed": [
        ("edit", f"{API}/visits/routes.py", '"/<int:visit_id>/payments", methods=["POST"]',
         '"/<int:visit_id>/payments", methods=["PUT"]'),
    ],
    # A berth's `occupiedBy` is `vessel` on the wire; the card still reads `berth.occupiedBy`.
    "occupied-by-renamed": [
        ("edit", f"{API}/berths/schemas.py", '    occupiedBy = fields.Str(attribute="occupied_by"',
         '    vessel = fields.Str(attribute="occupied_by"'),
    ],
    # A visit no longer carries its `total`; the list still shows and pays `visit.total`.
    "total-dropped": [
        ("edit", f"{API}/visits/schemas.py",
         '    total = fields.Method("get_total")\n\n    def get_total(self, visit):\n        return sum(visit.charges)\n', ""),
    ],
    # The receipt's `paidAmount` is `amountPaid`; the list still destructures `paidAmount`.
    "paid-amount-renamed": [
        ("edit", f"{API}/visits/schemas.py", '    paidAmount = fields.Float(attribute="amount")',
         '    amountPaid = fields.Float(attribute="amount")'),
    ],
    # A new visit must say how many nights; the form still sends `{ berthId, vessel }` (a 422).
    "nights-now-required": [
        ("edit", f"{API}/visits/schemas.py", "    nights = fields.Int(load_default=1)",
         "    nights = fields.Int(required=True)"),
    ],
    # Refactor: the release route is renamed with its client.
    "refactor-release-route-with-client": [
        ("edit", f"{API}/berths/routes.py", '"/<int:berth_id>/release"', '"/<int:berth_id>/vacate"'),
        ("edit", f"{WEB}/services/berth.service.ts", "`${this.baseUrl}/${id}/release`",
         "`${this.baseUrl}/${id}/vacate`"),
    ],
    # Refactor: more fields served, an optional one accepted; nothing read goes away.
    "refactor-fields-added": [
        ("edit", f"{API}/berths/schemas.py", "    pier = fields.Str()\n    occupiedBy",
         "    pier = fields.Str()\n    lengthFeet = fields.Method(\"get_length_feet\")\n    occupiedBy"),
        ("edit", f"{API}/berths/schemas.py", '    occupiedBy = fields.Str(attribute="occupied_by", allow_none=True)\n',
         ('    occupiedBy = fields.Str(attribute="occupied_by", allow_none=True)\n\n'
          '    def get_length_feet(self, berth):\n        return round(berth.length_m * 3.281, 1)\n')),
        ("edit", f"{API}/visits/schemas.py", "    nights = fields.Int(load_default=1)",
         '    nights = fields.Int(load_default=1)\n    notes = fields.Str(load_default="")'),
    ],
}
