"""clinic: a Fastify API (TypeScript, route plugins registered with a prefix) and a React client
whose appointments live in a Redux Toolkit store (createSlice + createAsyncThunk), read with a
typed `useAppSelector` and handed down through props (page -> list -> row)."""

SERVER = "server/src"
CLIENT = "client/src"

CHANGES = {
    # The cancel action is a PATCH now; the client still POSTs to /:id/cancel.
    "cancel-verb-changed": [
        ("edit", f"{SERVER}/routes/appointments.ts", "app.post<{ Params: { id: string } }>('/:id/cancel'",
         "app.patch<{ Params: { id: string } }>('/:id/cancel'"),
    ],
    # The appointment DTO sends `startTime`; the row still shows `appointment.startsAt`, which
    # reaches it from the thunk through the slice, the selector and two components' props.
    "starts-at-renamed": [
        ("edit", f"{SERVER}/services/appointments.ts", "    startsAt: row.startsAt,", "    startTime: row.startsAt,"),
    ],
    # The utils barrel stops re-exporting formatRange; the row still imports it from '../utils'.
    "format-range-dropped-from-barrel": [
        ("edit", f"{CLIENT}/utils/index.ts", "export { formatRange, formatTime } from './time';",
         "export { formatTime } from './time';"),
    ],
    # listAppointments() takes the clinic first; the route still passes the filter alone.
    "list-signature-changed": [
        ("edit", f"{SERVER}/services/appointments.ts",
         "export function listAppointments(filter: AppointmentFilter = {}) {",
         "export function listAppointments(clinicId: number, filter: AppointmentFilter) {"),
    ],
    # lib/time.ts moved to utils/time.ts; the appointments service still imports '../lib/time.js'.
    "time-module-moved": [
        ("move", f"{SERVER}/lib/time.ts", f"{SERVER}/utils/time.ts"),
    ],
    # Refactor: /api/patients is /api/people now, and the client follows.
    "refactor-patients-route-moved": [
        ("edit", f"{SERVER}/app.ts", "{ prefix: '/api/patients' }", "{ prefix: '/api/people' }"),
        ("edit", f"{CLIENT}/api/patients.ts", "http<Patient>(`/patients/${id}`)", "http<Patient>(`/people/${id}`)"),
    ],
    # Refactor: initials() renamed to toInitials(), through the barrel and at its one caller.
    "refactor-initials-renamed": [
        ("edit", f"{CLIENT}/utils/names.ts", "export function initials(", "export function toInitials("),
        ("edit", f"{CLIENT}/utils/index.ts", "export { initials } from './names';",
         "export { toInitials } from './names';"),
        ("edit", f"{CLIENT}/components/AppointmentRow.tsx", "import { formatRange, initials } from '../utils';",
         "import { formatRange, toInitials } from '../utils';"),
        ("edit", f"{CLIENT}/components/AppointmentRow.tsx", "{initials(appointment.patientName)}",
         "{toInitials(appointment.patientName)}"),
    ],
}
