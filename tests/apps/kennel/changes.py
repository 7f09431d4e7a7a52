"""kennel: a Django Ninja API (`NinjaAPI` whose `urls` a URL conf includes under `api/`, one
`Router` per app mounted with `api.add_router("/dogs/", router)`, `@router.get(path,
response=list[DogOut])` with `Schema` classes — fields taken from the model through
`Field(..., alias="owner.name")` and `resolve_<field>` methods —, `response={201: BookingOut}`
and `{204: None}` status maps, a body schema as a typed parameter) and a React client written
around a typed client class in the shape of generated ones (`class KennelClient` whose methods
call one private `request<T>(method, path, body)` over `fetch`, one instance exported), read
through a generic `useAsync(load, deps)` hook (`const { data: dogs = [] } = useDogs()`), a card
through its props, and the values the client's methods resolve to in event handlers."""

BACKEND = "backend"
WEB = "web/src"

CHANGES = {
    # Checking in is /check_in now; the client still posts to /check-in.
    "check-in-route-renamed": [
        ("edit", f"{BACKEND}/dogs/api.py", '"/{dog_id}/check-in"', '"/{dog_id}/check_in"'),
    ],
    # A booking is cancelled with POST .../cancel (it is kept); the client still sends DELETE.
    "cancel-verb-changed": [
        ("edit", f"{BACKEND}/bookings/api.py", '@router.delete("/{booking_id}", response={204: None})',
         '@router.post("/{booking_id}/cancel", response={204: None})'),
    ],
    # DogOut's `owner_name` is `owner`; the card and the dog page still show `dog.owner_name`.
    "owner-name-renamed": [
        ("edit", f"{BACKEND}/dogs/schemas.py", '    owner_name: str = Field(..., alias="owner.name")',
         '    owner: str = Field(..., alias="owner.name")'),
    ],
    # A booking no longer says how many nights it is; the form still destructures `nights`.
    "nights-dropped": [
        ("edit", f"{BACKEND}/bookings/schemas.py", "    nights: int\n", ""),
        ("edit", f"{BACKEND}/bookings/schemas.py",
         "\n    @staticmethod\n    def resolve_nights(obj):\n        return (obj.ends_on - obj.starts_on).days\n", ""),
    ],
    # The check-in answers `kennel` for the kennel number; the page still reads `stay.kennel_number`.
    "kennel-number-renamed": [
        ("edit", f"{BACKEND}/dogs/schemas.py", "    dog_id: int\n    kennel_number: int\n",
         "    dog_id: int\n    kennel: int\n"),
        ("edit", f"{BACKEND}/dogs/api.py", '"kennel_number": payload.kennel_number,',
         '"kennel": payload.kennel_number,'),
    ],
    # The check-in requires `vaccinations_checked`; the client still sends `{ kennel_number }` (a 422).
    "check-in-vaccinations-required": [
        ("edit", f"{BACKEND}/dogs/schemas.py", '    kennel_number: int\n    notes: str = ""',
         '    kennel_number: int\n    vaccinations_checked: bool\n    notes: str = ""'),
    ],
    # Refactor: the check-in route is renamed with its client.
    "refactor-check-in-route-with-client": [
        ("edit", f"{BACKEND}/dogs/api.py", '"/{dog_id}/check-in"', '"/{dog_id}/check_in"'),
        ("edit", f"{WEB}/api/client.ts", "`/dogs/${dogId}/check-in`", "`/dogs/${dogId}/check_in`"),
    ],
    # Refactor: more fields served, an optional one accepted; nothing read goes away.
    "refactor-fields-added": [
        ("edit", f"{BACKEND}/dogs/schemas.py", "    checked_in: bool\n", "    checked_in: bool\n    size: str = \"medium\"\n"),
        ("edit", f"{BACKEND}/bookings/schemas.py", "    grooming: bool\n    nights: int\n",
         "    grooming: bool\n    nights: int\n    cancelled: bool\n"),
        ("edit", f"{BACKEND}/dogs/schemas.py", '    notes: str = ""', '    notes: str = ""\n    late_pickup: bool = False'),
    ],
}
