import type { EventSummary } from '../types'

const day = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

export function EventCard({ event, onOpen }: { event: EventSummary; onOpen: () => void }) {
  return (
    <li>
      <button onClick={onOpen}>{event.title}</button>
      <time dateTime={event.startsAt}>{day.format(new Date(event.startsAt))}</time>
      <span>{event.dishCount} dishes so far</span>
    </li>
  )
}
