import { useState } from 'react'
import { EventList } from './components/EventList'
import { EventPage } from './components/EventPage'
import { GuestList } from './components/GuestList'

export function App() {
  const [eventId, setEventId] = useState<number | null>(null)
  return (
    <main>
      {eventId === null ? <EventList onOpen={setEventId} /> : <EventPage id={eventId} onBack={() => setEventId(null)} />}
      <GuestList />
    </main>
  )
}
