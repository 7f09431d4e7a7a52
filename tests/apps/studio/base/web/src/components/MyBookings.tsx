import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '../api/client'
import type { Booking } from '../api/types'

export function MyBookings({ memberId }: { memberId: string }) {
  const queryClient = useQueryClient()
  const { data: bookings } = useQuery({
    queryKey: ['bookings', memberId],
    queryFn: () => api.get<Booking[]>(`/bookings/mine?memberId=${encodeURIComponent(memberId)}`),
  })
  const cancel = useMutation({
    mutationFn: (id: string) => api.delete(`/bookings/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['bookings', memberId] }),
  })

  if (!bookings?.length) return <p>No bookings yet.</p>
  return (
    <ul>
      {bookings.map((b) => (
        <li key={b.id}>
          Seat {b.seat}, booked {new Date(b.bookedAt).toLocaleDateString()}
          <button onClick={() => cancel.mutate(b.id)}>Cancel</button>
        </li>
      ))}
    </ul>
  )
}
