import { useBookClass, useClass } from '../hooks/useClasses'

export function ClassDetail({ classId, memberId }: { classId: string; memberId: string }) {
  const { data: studioClass } = useClass(classId)
  const booking = useBookClass(classId)

  if (!studioClass) return null
  return (
    <section>
      <h2>{studioClass.title}</h2>
      <p>{studioClass.durationMinutes} minutes</p>
      <button disabled={studioClass.spotsLeft === 0 || booking.isPending} onClick={() => booking.mutate(memberId)}>
        Book
      </button>
      {booking.data && <p>You are booked: seat {booking.data.seat}</p>}
      {booking.error && <p role="alert">{booking.error.message}</p>}
    </section>
  )
}
