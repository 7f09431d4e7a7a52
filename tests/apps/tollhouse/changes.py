"""tollhouse: a Hono API of sub-apps chained for `AppType` and `route`d under `basePath('/api')`,
a zod validator; a React frontend on `hc<AppType>(base)` whose members one module exports as
constants for the others (`export const booths = client.api.booths`, and destructured: `export
const { passes } = client.api`), imported where they are called (`booths[':id'].$get(...)`,
`passes.$post({ json: pass })`), and a member destructured inside a function (`const { tolls } =
client.api`)."""

SERVER = "server/src"
WEB = "web/src"

CHANGES = {
    # The booths sub-app is at /plazas now; the functions on the exported constant still call /booths.
    "booths-route-moved": [
        ("edit", f"{SERVER}/app.ts", ".route('/booths', booths)", ".route('/plazas', booths)"),
    ],
    # A pass is revoked with POST /:id/revoke now; the client still DELETEs /:id (404).
    "revoke-is-post": [
        ("edit", f"{SERVER}/routes/passes.ts", ".delete('/:id', (c) => {", ".post('/:id/revoke', (c) => {"),
    ],
    # A booth's `lanes` is `laneCount`; the list shows `booth.lanes`.
    "lanes-renamed": [
        ("edit", f"{SERVER}/routes/booths.ts", "lanes: b.lanes,", "laneCount: b.lanes,"),
    ],
    # The plate is required now; the desk buys a pass with `{ vehicle, days }` (a 400).
    "plate-now-required": [
        ("edit", f"{SERVER}/routes/passes.ts", "plate: z.string().optional(),", "plate: z.string().min(1),"),
    ],
    # The toll check no longer says the amount; the desk shows `toll.amount`.
    "toll-amount-dropped": [
        ("edit", f"{SERVER}/routes/tolls.ts", ", amount: pass ? 0 : fare('car', 1) });", " });"),
        ("edit", f"{SERVER}/routes/tolls.ts", "import { fare } from '../fares';\n", ""),
    ],
    # fare takes the booth's road too; both callers give two arguments.
    "fare-signature-changed": [
        ("edit", f"{SERVER}/fares.ts", "export function fare(vehicle: keyof typeof DAILY, days: number) {",
         "export function fare(vehicle: keyof typeof DAILY, days: number, road: string) {"),
    ],
    # endpoints.ts no longer exports the booths member; booths.ts still imports it.
    "booths-endpoint-removed": [
        ("edit", f"{WEB}/endpoints.ts", "export const booths = client.api.booths;\n", ""),
    ],
    # Refactor: the booths sub-app at /plazas, with the exported constant.
    "refactor-booths-moved-with-endpoint": [
        ("edit", f"{SERVER}/app.ts", ".route('/booths', booths)", ".route('/plazas', booths)"),
        ("edit", f"{WEB}/endpoints.ts", "export const booths = client.api.booths;", "export const booths = client.api.plazas;"),
    ],
    # Refactor: a booth says its operator too.
    "refactor-operator-added": [
        ("edit", f"{SERVER}/routes/booths.ts", "open: b.open }", "open: b.open, operator: 'Autobahn GmbH' }"),
    ],
}
