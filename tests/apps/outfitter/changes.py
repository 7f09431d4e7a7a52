"""outfitter: a Hono API (routes chained for `AppType`, sub-apps `route`d under `basePath('/api')`)
and a React frontend on Hono's typed client `hc<AppType>(base)` (its base a constant with a
localhost fallback), whose members the modules keep in constants: `const guides =
client.api.guides` at a module's top level (then `guides.$get()`, `guides[':id'].$get(...)`),
`const trips = client.api.trips` and `const trip = client.api.trips[':id']` inside functions."""

SERVER = "server/src"
WEB = "web/src"

CHANGES = {
    # The guides sub-app moved to /mountain-guides; the guide list and card still call /guides.
    "guides-route-moved": [
        ("edit", f"{SERVER}/app.ts", ".route('/guides', guides)", ".route('/mountain-guides', guides)"),
    ],
    # The day rate is `dailyRate` now; the guide list shows `guide.dayRate` (undefined €).
    "day-rate-renamed": [
        ("edit", f"{SERVER}/routes/guides.ts", "  dayRate: guide.dayRate,\n", "  dailyRate: guide.dayRate,\n"),
    ],
    # The guide's languages are no longer sent; the card calls `guide.languages.join` (a TypeError).
    "languages-dropped": [
        ("edit", f"{SERVER}/routes/guides.ts", "  languages: guide.languages,\n", ""),
    ],
    # A booking must say how many climbers; the board books without them (a 400 from zod).
    "climbers-now-required": [
        ("edit", f"{SERVER}/routes/trips.ts", "climbers: z.number().int().min(1).optional(),",
         "climbers: z.number().int().min(1),"),
    ],
    # Cancelling is a DELETE now; the board still POSTs to /trips/:id/cancel (404).
    "cancel-is-delete": [
        ("edit", f"{SERVER}/routes/trips.ts", ".post('/:id/cancel', (c) => {", ".delete('/:id', (c) => {"),
    ],
    # The price is no longer sent; the board shows "undefined €".
    "price-dropped": [
        ("edit", f"{SERVER}/routes/trips.ts",
         "  price: tripPrice(GUIDES.find((g) => g.id === trip.guideId)?.dayRate ?? 0, trip.climbers),\n", ""),
        ("edit", f"{SERVER}/routes/trips.ts", "import { tripPrice } from '../pricing';\n", ""),
        ("edit", f"{SERVER}/routes/trips.ts", "import { GUIDES, TRIPS, type Trip }", "import { TRIPS, type Trip }"),
    ],
    # tripPrice takes the season too; toTrip gives the day rate and the climbers only.
    "trip-price-signature-changed": [
        ("edit", f"{SERVER}/pricing.ts", "export function tripPrice(dayRate: number, climbers: number) {",
         "export function tripPrice(dayRate: number, climbers: number, season: 'high' | 'low') {"),
    ],
    # Refactor: /mountain-guides, with the client's constant.
    "refactor-guides-moved-with-client": [
        ("edit", f"{SERVER}/app.ts", ".route('/guides', guides)", ".route('/mountain-guides', guides)"),
        ("edit", f"{WEB}/guides.ts", "const guides = client.api.guides;", "const guides = client.api['mountain-guides'];"),
    ],
    # Refactor: a guide says their phone number too (the pages ignore it).
    "refactor-phone-added": [
        ("edit", f"{SERVER}/routes/guides.ts", "  dayRate: guide.dayRate,\n",
         "  dayRate: guide.dayRate,\n  phone: '+41 27 000 00 00',\n"),
    ],
}
