import { createResource, createSignal, For, Show } from 'solid-js'
import { bookWorkshop, cancelBooking, fetchWorkshops, joinWaitlist } from './api'
import { WorkshopCard } from './components/WorkshopCard'
import type { Booking } from './types'

export default function App() {
  const [workshops, { refetch }] = createResource(fetchWorkshops)
  const [booking, setBooking] = createSignal<Booking>()
  const [name, setName] = createSignal('')

  async function book(id: number) {
    const booked = await bookWorkshop(id, name())
    setBooking(booked)
    if (!booked.paid) alert('please pay at the door')
    refetch()
  }

  async function waitlist(id: number) {
    const workshop = await joinWaitlist(id)
    alert(`on the waiting list for ${workshop.title}`)
  }

  async function cancel() {
    const current = booking()
    if (current) await cancelBooking(current.id)
    setBooking(undefined)
  }

  return (
    <main>
      <input value={name()} onInput={(e) => setName(e.currentTarget.value)} />
      <Show when={booking()}>
        {(b) => <p>booked #{b().id} <button onClick={cancel}>cancel</button></p>}
      </Show>
      <For each={workshops()}>
        {(workshop) => <WorkshopCard workshop={workshop} onBook={book} />}
      </For>
      <button onClick={() => waitlist(1)}>waitlist</button>
    </main>
  )
}
