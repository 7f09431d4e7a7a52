import type { Workshop } from '../types'

export function WorkshopCard(props: { workshop: Workshop; onBook: (id: number) => void }) {
  return (
    <article>
      <h2>{props.workshop.title}</h2>
      <p>with {props.workshop.teacher}</p>
      <p>{props.workshop.seats_left} seats left</p>
      <button onClick={() => props.onBook(props.workshop.id)}>book</button>
    </article>
  )
}
