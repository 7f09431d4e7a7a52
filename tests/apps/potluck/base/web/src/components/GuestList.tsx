import useSWR, { useSWRConfig } from 'swr'
import { fetcher } from '../lib/http'
import type { Guest } from '../types'

export function GuestList() {
  const { data: guests = [] } = useSWR<Guest[]>('/api/guests', fetcher)
  const { mutate } = useSWRConfig()

  async function rsvp(id: number, attending: boolean) {
    await fetch(`/api/guests/${id}/rsvp`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ attending }),
    })
    await mutate('/api/guests')
  }

  return (
    <ul>
      {guests.map((guest) => (
        <li key={guest.id}>
          {guest.displayName} {guest.attending === null ? '?' : guest.attending ? 'yes' : 'no'}
          <button onClick={() => rsvp(guest.id, true)}>Coming</button>
          <button onClick={() => rsvp(guest.id, false)}>Not coming</button>
        </li>
      ))}
    </ul>
  )
}
