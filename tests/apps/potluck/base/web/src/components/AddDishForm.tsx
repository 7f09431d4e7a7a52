import { useState, type FormEvent } from 'react'
import useSWRMutation from 'swr/mutation'
import { postJson } from '../lib/http'
import type { Dish } from '../types'

const GUEST_ID = Number(localStorage.getItem('guestId') ?? 1)

export function AddDishForm({ eventId, onAdded }: { eventId: number; onAdded: () => void }) {
  const [name, setName] = useState('')
  const [vegetarian, setVegetarian] = useState(false)
  const [added, setAdded] = useState<string | null>(null)
  const { trigger, isMutating } = useSWRMutation(`/api/events/${eventId}/dishes`, postJson<Dish>)

  async function submit(e: FormEvent) {
    e.preventDefault()
    const dish = await trigger({ name, guestId: GUEST_ID, vegetarian })
    setAdded(dish.name)
    setName('')
    onAdded()
  }

  return (
    <form onSubmit={submit}>
      <input value={name} onChange={(e) => setName(e.target.value)} placeholder="Dish" />
      <label>
        <input type="checkbox" checked={vegetarian} onChange={(e) => setVegetarian(e.target.checked)} /> vegetarian
      </label>
      <button disabled={isMutating || !name}>Add</button>
      {added && <p>Thanks for bringing {added}!</p>}
    </form>
  )
}
