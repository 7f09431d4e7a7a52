"""studio: a NestJS API (controllers with `@Controller('classes')` and method decorators under
a global prefix, `@HttpCode`, a `ValidationPipe` with class-validator DTOs, views built by a
mapping function typed with an interface) and a React client with TanStack Query v5: a small
generic fetch wrapper (`api.get<ClassView[]>('/classes')`), hooks returning `useQuery({
queryKey, queryFn })` and `useMutation({ mutationFn, onSuccess })`, the components reading the
query's `data` (defaulted, destructured) and the mutation's `data`, and a component that
makes its own query and mutation in place."""

API = "api/src"
WEB = "web/src"

CHANGES = {
    # Booking is `POST /api/classes/{id}/reservations`; the hook still posts to bookings.
    "book-route-renamed": [
        ("edit", f"{API}/classes/classes.controller.ts", "@Post(':id/bookings')", "@Post(':id/reservations')"),
    ],
    # Cancelling is a POST to /bookings/{id}/cancel; the list still sends DELETE /bookings/{id}.
    "cancel-verb-changed": [
        ("edit", f"{API}/bookings/bookings.controller.ts", "  @Delete(':id')\n  @HttpCode(204)\n",
         "  @Post(':id/cancel')\n  @HttpCode(200)\n"),
        ("edit", f"{API}/bookings/bookings.controller.ts", "import { Controller, Delete, Get, HttpCode, Param, Query }",
         "import { Controller, Get, HttpCode, Param, Post, Query }"),
    ],
    # The instructor's name is `instructor`; the card still shows `instructorName`.
    "instructor-renamed": [
        ("edit", f"{API}/classes/studio-class.ts", "  instructorName: string\n", "  instructor: string\n"),
        ("edit", f"{API}/classes/studio-class.ts", "    instructorName: `${c.instructor.firstName}",
         "    instructor: `${c.instructor.firstName}"),
    ],
    # The free spots are no longer served; the card and the detail's button still use them.
    "spots-left-dropped": [
        ("edit", f"{API}/classes/studio-class.ts", "  spotsLeft: number\n", ""),
        ("edit", f"{API}/classes/studio-class.ts", "    spotsLeft: Math.max(c.capacity - c.bookedCount, 0),\n", ""),
    ],
    # A booking's seat is `seatNumber`; the detail (the mutation's data) and the list still
    # show `seat`.
    "seat-renamed": [
        ("edit", f"{API}/bookings/booking.ts", "  seat: number\n", "  seatNumber: number\n"),
        ("edit", f"{API}/bookings/bookings.service.ts", "      seat: studioClass.bookedCount,",
         "      seatNumber: studioClass.bookedCount,"),
    ],
    # A booking must say how it is paid; the hook still sends only the member.
    "booking-payment-required": [
        ("edit", f"{API}/classes/dto/create-booking.dto.ts", "import { IsOptional, IsString, MaxLength }",
         "import { IsIn, IsOptional, IsString, MaxLength }"),
        ("edit", f"{API}/classes/dto/create-booking.dto.ts", "  memberId!: string\n",
         "  memberId!: string\n\n  @IsIn(['drop-in', 'pass'])\n  payment!: 'drop-in' | 'pass'\n"),
    ],
    # Refactor: the member's bookings move to /bookings/me with their client.
    "refactor-mine-route-with-client": [
        ("edit", f"{API}/bookings/bookings.controller.ts", "@Get('mine')", "@Get('me')"),
        ("edit", f"{WEB}/components/MyBookings.tsx", "`/bookings/mine?memberId=", "`/bookings/me?memberId="),
    ],
    # Refactor: more fields served; nothing read goes away.
    "refactor-fields-added": [
        ("edit", f"{API}/classes/studio-class.ts", "  spotsLeft: number\n}", "  spotsLeft: number\n  capacity: number\n}"),
        ("edit", f"{API}/classes/studio-class.ts", "    spotsLeft: Math.max(c.capacity - c.bookedCount, 0),\n",
         "    spotsLeft: Math.max(c.capacity - c.bookedCount, 0),\n    capacity: c.capacity,\n"),
        ("edit", f"{API}/bookings/booking.ts", "  bookedAt: string\n", "  bookedAt: string\n  status: 'booked' | 'waitlisted'\n"),
        ("edit", f"{API}/bookings/bookings.service.ts", "      bookedAt: new Date().toISOString(),\n",
         "      bookedAt: new Date().toISOString(),\n      status: 'booked',\n"),
    ],
}
