"""potluck: a Koa API (`@koa/router`: an `/api` router that mounts one router per resource
with `api.use('/events', events.routes())`, handlers setting `ctx.body` to serializer
functions' object literals, to a literal spreading one, and to a `.map` of arrow functions;
zod for the body) and a React client with SWR 2: hooks returning `useSWR<T>(key, fetcher)` with
the URL as the key (a template literal for the detail), `useSWRMutation(key, postJson<Dish>)`
whose `trigger` answers the created dish, a plain `fetch` for the RSVP, the components
destructuring `{ data: events }` or `{ data: guests = [] }` and reading them, a card through its
props, the dishes through `event.dishes.map(...)`."""

SERVER = "server/src"
WEB = "web/src"

CHANGES = {
    # Dishes are posted to /contributions; the form's mutation still posts to /dishes.
    "dishes-route-renamed": [
        ("edit", f"{SERVER}/routes/events.ts", "events.post('/:id/dishes'", "events.post('/:id/contributions'"),
    ],
    # The RSVP is a POST now; the guest list still sends PUT.
    "rsvp-verb-changed": [
        ("edit", f"{SERVER}/routes/guests.ts", "guests.put('/:id/rsvp'", "guests.post('/:id/rsvp'"),
    ],
    # The summary's `dishCount` is `dishTotal`; the card still shows `event.dishCount`.
    "dish-count-renamed": [
        ("edit", f"{SERVER}/serializers.ts", "    dishCount: event.dishes.length,", "    dishTotal: event.dishes.length,"),
    ],
    # A dish no longer says who brings it; the event page still shows `dish.broughtBy`.
    "brought-by-dropped": [
        ("edit", f"{SERVER}/serializers.ts", "    broughtBy: guestName(dish.guestId),\n", ""),
        ("edit", f"{SERVER}/serializers.ts", "import { guestName, type Dish, type PotluckEvent }",
         "import { type Dish, type PotluckEvent }"),
    ],
    # The guests are served under /api/attendees; the list and the RSVP still use /api/guests.
    "guests-prefix-moved": [
        ("edit", f"{SERVER}/routes/index.ts", "api.use('/guests',", "api.use('/attendees',"),
    ],
    # The event's `location` is `venue` in the detail; the page still shows `event.location`.
    "location-renamed": [
        ("edit", f"{SERVER}/routes/events.ts", "    location: event.location,", "    venue: event.location,"),
    ],
    # Refactor: the dishes route is renamed with its client.
    "refactor-dishes-route-with-client": [
        ("edit", f"{SERVER}/routes/events.ts", "events.post('/:id/dishes'", "events.post('/:id/contributions'"),
        ("edit", f"{WEB}/components/AddDishForm.tsx", "`/api/events/${eventId}/dishes`",
         "`/api/events/${eventId}/contributions`"),
    ],
    # Refactor: more fields served; nothing read goes away.
    "refactor-fields-added": [
        ("edit", f"{SERVER}/serializers.ts", "    dishCount: event.dishes.length,\n",
         "    dishCount: event.dishes.length,\n    location: event.location,\n"),
        ("edit", f"{SERVER}/routes/guests.ts", "    attending: g.attending,\n  }))",
         "    attending: g.attending,\n    firstName: g.firstName,\n  }))"),
    ],
}
