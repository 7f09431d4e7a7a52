"""smithy: a FastAPI API whose routers use their own `APIRoute` subclass (`APIRouter(prefix=...,
route_class=TimedRoute, dependencies=[Depends(forge_key)])`) and a pagination dependency taking
query parameters (`page: Annotated[dict, Depends(pagination)]`); an Angular 18 frontend whose
services hold `inject(HttpClient)` on `${environment.apiUrl}/api`, whose child components take
their values as a signal input (`tool = input.required<Tool>()`, read as `tool().edgeAngle` in
the inline template) and an aliased input (`@Input({ alias: 'order', required: true }) job`)."""

BACK = "backend/smithy"
WEB = "web/src/app"

CHANGES = {
    # Sharpening is at /hone now; the service still posts to /sharpen (404).
    "sharpen-route-renamed": [
        ("edit", f"{BACK}/routers/tools.py", '@router.post("/{tool_id}/sharpen"', '@router.post("/{tool_id}/hone"'),
    ],
    # The tools router is at /implements now; the service still calls /api/tools...
    "tools-prefix-moved": [
        ("edit", f"{BACK}/routers/tools.py", 'prefix="/tools"', 'prefix="/implements"'),
    ],
    # `edgeAngle` is `bevelDeg`; the card's template reads `tool().edgeAngle` of its signal input.
    "edge-angle-renamed": [
        ("edit", f"{BACK}/routers/tools.py", "    edgeAngle: float\n", "    bevelDeg: float\n"),
        ("edit", f"{BACK}/routers/tools.py", "steel=\"1075\", edgeAngle=30.0", "steel=\"1075\", bevelDeg=30.0"),
        ("edit", f"{BACK}/routers/tools.py", "steel=\"O1\", edgeAngle=25.0", "steel=\"O1\", bevelDeg=25.0"),
    ],
    # An order no longer says its quantity; the row reads `job.quantity` of its aliased input.
    "quantity-dropped": [
        ("edit", f"{BACK}/routers/orders.py", "class Order(BaseModel):\n    id: int\n    toolId: int\n    quantity: int\n",
         "class Order(BaseModel):\n    id: int\n    toolId: int\n"),
    ],
    # The pagination dependency requires `limit` now; the service lists /orders without it (422).
    "limit-now-required": [
        ("edit", f"{BACK}/routing.py", "def pagination(limit: int = 20, offset: int = 0):",
         "def pagination(limit: int, offset: int = 0):"),
    ],
    # Orders are placed with PUT now; the service still POSTs (405).
    "place-is-put": [
        ("edit", f"{BACK}/routers/orders.py", '@router.post("", response_model=Order, status_code=201)',
         '@router.put("", response_model=Order, status_code=201)'),
    ],
    # tempered_hardness takes the temperature too; sharpen gives two arguments.
    "tempered-hardness-signature-changed": [
        ("edit", f"{BACK}/metallurgy.py", "def tempered_hardness(hardness, minutes):",
         "def tempered_hardness(hardness, minutes, celsius):"),
    ],
    # Refactor: sharpening at /hone, with the service.
    "refactor-sharpen-renamed-with-service": [
        ("edit", f"{BACK}/routers/tools.py", '@router.post("/{tool_id}/sharpen"', '@router.post("/{tool_id}/hone"'),
        ("edit", f"{WEB}/services/tool.service.ts", "`${API}/tools/${toolId}/sharpen`", "`${API}/tools/${toolId}/hone`"),
    ],
    # Refactor: an order may carry a note (optional in the body, sent back).
    "refactor-note-added": [
        ("edit", f"{BACK}/routers/orders.py", "    quantity: int\n    customer: str\n\n\nclass Order",
         "    quantity: int\n    customer: str\n    note: str | None = None\n\n\nclass Order"),
        ("edit", f"{BACK}/routers/orders.py", "    customer: str\n    status: str\n",
         "    customer: str\n    status: str\n    note: str | None = None\n"),
    ],
}
