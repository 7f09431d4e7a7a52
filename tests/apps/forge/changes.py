"""forge: a Fastify API in plain JavaScript whose routes validate their bodies with JSON schemas
(`schema: { body: NewJob, response: { 201: Job } }` named in a module of schemas, a `body`
written in place, `fastify.route({ method: 'PATCH', schema: { body: MachinePatch }, handler })`),
plugins registered under prefixes; a React frontend on a client class made once (`export const
forge = new ForgeClient()`) whose methods post what their caller gives (`createJob(job) {
http.post('/jobs/', job) }`, called `forge.createJob({ part, quantity })`)."""

SERVER = "server/src"
WEB = "web/src"

CHANGES = {
    # A job must have a due date now; the form still queues `{ part, quantity }` (a 400).
    "due-on-now-required": [
        ("edit", f"{SERVER}/schemas.js", "required: ['part', 'quantity'],", "required: ['part', 'quantity', 'dueOn'],"),
    ],
    # Starting a job must say the shift; the button sends the operator only (a 400).
    "shift-now-required": [
        ("edit", f"{SERVER}/routes/jobs.js", "required: ['operator'],", "required: ['operator', 'shift'],"),
    ],
    # A machine's name cannot be changed without saying who did it; the list sends `{ name }` (a 400).
    "changed-by-now-required": [
        ("edit", f"{SERVER}/schemas.js", "  required: [],\n", "  required: ['changedBy'],\n"),
        ("edit", f"{SERVER}/schemas.js", "    hoursPerDay: { type: 'integer', minimum: 1, maximum: 24 },\n",
         "    hoursPerDay: { type: 'integer', minimum: 1, maximum: 24 },\n    changedBy: { type: 'string' },\n"),
    ],
    # The started job says `operator` now; the button shows `started.startedBy` (undefined).
    "started-by-renamed": [
        ("edit", f"{SERVER}/routes/jobs.js", "startedBy: job.operator", "operator: job.operator"),
    ],
    # The jobs plugin is served under /api/work-orders; the client still calls /api/jobs (404s).
    "jobs-prefix-moved": [
        ("edit", f"{SERVER}/app.js", "{ prefix: '/api/jobs' }", "{ prefix: '/api/work-orders' }"),
    ],
    # The free hours of a machine are `hoursFree` now; the list shows `machine.hoursLeft`.
    "hours-left-renamed": [
        ("edit", f"{SERVER}/routes/machines.js", "hoursLeft: hoursLeft(machine, jobs)", "hoursFree: hoursLeft(machine, jobs)"),
    ],
    # hoursLeft is freeHours now; the machines route still imports hoursLeft (the plugin fails to load).
    "hours-left-helper-renamed": [
        ("edit", f"{SERVER}/db.js", "export function hoursLeft(machine, queued) {", "export function freeHours(machine, queued) {"),
    ],
    # Refactor: starting a job is /begin, with its client.
    "refactor-start-is-begin-with-client": [
        ("edit", f"{SERVER}/routes/jobs.js", "fastify.post('/:id/start', {", "fastify.post('/:id/begin', {"),
        ("edit", f"{WEB}/api/client.ts", "`/jobs/${id}/start`", "`/jobs/${id}/begin`"),
    ],
    # Refactor: a job may carry a priority (optional), sent back with it.
    "refactor-optional-priority": [
        ("edit", f"{SERVER}/schemas.js", "    dueOn: { type: 'string', format: 'date' },\n  },\n};\n\nexport const MachinePatch",
         "    dueOn: { type: 'string', format: 'date' },\n    priority: { type: 'integer' },\n  },\n};\n\nexport const MachinePatch"),
        ("edit", f"{SERVER}/schemas.js", "    status: { type: 'string' },\n", "    status: { type: 'string' },\n    priority: { type: 'integer' },\n"),
    ],
}
