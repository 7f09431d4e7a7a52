import { useEvents } from '../hooks/useEvents'
import { EventCard } from './EventCard'

export function EventList({ onOpen }: { onOpen: (id: number) => void }) {
  const { data: events, error, isLoading } = useEvents()

  if (isLoading) return <p>Loading…</p>
  if (error) return <p role="alert">Could not load the events</p>
  return (
    <ul>
      {events?.map((event) => (
        <EventCard key={event.id} event={event} onOpen={() => onOpen(event.id)} />
      ))}
    </ul>
  )
}
