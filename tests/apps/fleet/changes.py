"""fleet: an Express API (TypeScript routers mounted under /api, a serializer, `res.json`) and a
React client that reads it only through RTK Query hooks in their less plain forms: a query
hook whose result `selectFromResult` reshapes (`({ data }) => ({ vehicle: data?.find(...) })`,
`({ data }) => ({ active: data?.filter(...) ?? [] })`), and lazy query hooks (`const [search,
{ data: trips }] = useLazySearchTripsQuery()`, `const [fetchDriver, result] = ...` read as
`result.data`, and the trigger's `await fetchDriver(id).unwrap()`)."""

SERVER = "server/src"
WEB = "web/src"

CHANGES = {
    # The serializer sends `registration` for `plate`; the badge (a vehicle `selectFromResult`
    # finds) and the active list (the vehicles it filters) still show `plate`.
    "plate-renamed": [
        ("edit", f"{SERVER}/routes/vehicles.ts", "    plate: row.plate,", "    registration: row.plate,"),
    ],
    # `active` is `inService` now; the selector still filters on `v.active`.
    "active-renamed": [
        ("edit", f"{SERVER}/routes/vehicles.ts", "    active: row.active,", "    inService: row.active,"),
    ],
    # Trips send `to` for `destination`; the search (a lazy query's `data`) still shows it.
    "destination-renamed": [
        ("edit", f"{SERVER}/routes/trips.ts", "destination: t.destination,", "to: t.destination,"),
    ],
    # A driver's `name` is `fullName`; the lookup still shows `result.data.name`.
    "driver-name-renamed": [
        ("edit", f"{SERVER}/routes/drivers.ts", "name: row.full_name", "fullName: row.full_name"),
    ],
    # A driver's `phone` is `mobile`; the lookup still dials `driver.phone`, the value of the
    # lazy query's trigger (`await fetchDriver(id).unwrap()`).
    "driver-phone-renamed": [
        ("edit", f"{SERVER}/routes/drivers.ts", "phone: row.phone", "mobile: row.phone"),
    ],
    # The trips router is mounted at /api/journeys; the query still asks for /trips.
    "trips-route-moved": [
        ("edit", f"{SERVER}/index.ts", "app.use('/api/trips', tripsRouter);", "app.use('/api/journeys', tripsRouter);"),
    ],
    # Refactor: /api/trips is /api/journeys, and the query follows.
    "refactor-trips-moved-with-client": [
        ("edit", f"{SERVER}/index.ts", "app.use('/api/trips', tripsRouter);", "app.use('/api/journeys', tripsRouter);"),
        ("edit", f"{WEB}/services/api.ts", "url: '/trips'", "url: '/journeys'"),
    ],
    # Refactor: vehicles and drivers send more fields; nothing read goes away.
    "refactor-fields-added": [
        ("edit", f"{SERVER}/routes/vehicles.ts", "    odometerKm: row.odometer_km,\n",
         "    odometerKm: row.odometer_km,\n    seats: 4,\n"),
        ("edit", f"{SERVER}/routes/drivers.ts", "licence: row.licence }", "licence: row.licence, rating: 5 }"),
    ],
}
