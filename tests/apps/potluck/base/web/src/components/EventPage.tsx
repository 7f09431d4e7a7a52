import { useEvent } from '../hooks/useEvents'
import { AddDishForm } from './AddDishForm'

export function EventPage({ id, onBack }: { id: number; onBack: () => void }) {
  const { data: event, mutate } = useEvent(id)

  if (!event) return <p>Loading…</p>
  return (
    <article>
      <button onClick={onBack}>Back</button>
      <h1>{event.title}</h1>
      <p>At {event.location}</p>
      <ul>
        {event.dishes.map((dish) => (
          <li key={dish.id}>
            {dish.name} {dish.vegetarian && '🌱'} <small>by {dish.broughtBy}</small>
          </li>
        ))}
      </ul>
      <AddDishForm eventId={id} onAdded={() => mutate()} />
    </article>
  )
}
