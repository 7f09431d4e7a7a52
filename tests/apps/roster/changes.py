"""roster: a FastAPI backend (APIRouter prefixes, pydantic response models, a request model)
and a React frontend whose requests are all RTK Query endpoints injected into one base API
(`baseApi.injectEndpoints`, `fetchBaseQuery({ baseUrl: import.meta.env.VITE_API_URL ?? '/api' })`),
read through the generated hooks (`const { data: shifts = [] } = useListShiftsQuery()`,
`data?.map(...)`) and a card's props."""

BACKEND = "backend/app"
FRONTEND = "frontend/src"

CHANGES = {
    # Claiming is /{shift_id}/assign now; the mutation still posts to /claim.
    "claim-route-renamed": [
        ("edit", f"{BACKEND}/routers/shifts.py", '"/{shift_id}/claim"', '"/{shift_id}/assign"'),
    ],
    # ShiftOut's `starts_at` is `start_time`; the card still shows `shift.starts_at`.
    "starts-at-renamed": [
        ("edit", f"{BACKEND}/schemas.py", "    starts_at: datetime\n", "    start_time: datetime\n"),
        ("edit", f"{BACKEND}/routers/shifts.py", "starts_at=shift.starts_at", "start_time=shift.starts_at"),
    ],
    # StaffOut's `full_name` is `name`; the list still shows `person.full_name`.
    "full-name-renamed": [
        ("edit", f"{BACKEND}/schemas.py", "    full_name: str\n", "    name: str\n"),
        ("edit", f"{BACKEND}/routers/staff.py", "StaffOut(id=p.id, full_name=p.full_name,",
         "StaffOut(id=p.id, name=p.full_name,"),
    ],
    # ClaimIn's `staff_id` is `member_id`; the mutation still sends `{ staff_id }` (a 422).
    "claim-body-field-renamed": [
        ("edit", f"{BACKEND}/schemas.py", "class ClaimIn(BaseModel):\n    staff_id: int",
         "class ClaimIn(BaseModel):\n    member_id: int"),
        ("edit", f"{BACKEND}/routers/shifts.py", "body.staff_id not in db.STAFF", "body.member_id not in db.STAFF"),
        ("edit", f"{BACKEND}/routers/shifts.py", "shift.staff_id = body.staff_id", "shift.staff_id = body.member_id"),
    ],
    # The staff router's prefix is /people; the query still asks for /staff.
    "staff-prefix-moved": [
        ("edit", f"{BACKEND}/routers/staff.py", 'prefix="/staff"', 'prefix="/people"'),
    ],
    # Refactor: /claim is /assign, and the mutation follows.
    "refactor-claim-route-with-client": [
        ("edit", f"{BACKEND}/routers/shifts.py", '"/{shift_id}/claim"', '"/{shift_id}/assign"'),
        ("edit", f"{FRONTEND}/features/shifts/shiftsApi.ts", "url: `/shifts/${id}/claim`",
         "url: `/shifts/${id}/assign`"),
    ],
    # Refactor: ShiftOut gains an optional field; a request field gains a default.
    "refactor-fields-added": [
        ("edit", f"{BACKEND}/schemas.py", "    staff_name: str | None = None\n",
         "    staff_name: str | None = None\n    notes: str | None = None\n"),
    ],
}
