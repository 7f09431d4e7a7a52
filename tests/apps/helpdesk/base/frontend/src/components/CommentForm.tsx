import { FormEvent, useState } from 'react'
import { addComment } from '../api/tickets'
import { errorMessage } from '../api/client'

interface Props {
  ticketId: number
  onAdded: () => void
}

export function CommentForm({ ticketId, onAdded }: Props) {
  const [body, setBody] = useState('')
  const [internal, setInternal] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function submit(event: FormEvent) {
    event.preventDefault()
    try {
      await addComment(ticketId, body, internal)
      setBody('')
      onAdded()
    } catch (err) {
      setError(errorMessage(err))
    }
  }

  return (
    <form onSubmit={submit}>
      <textarea value={body} onChange={(e) => setBody(e.target.value)} required />
      <label>
        <input type="checkbox" checked={internal} onChange={(e) => setInternal(e.target.checked)} />
        Internal note
      </label>
      {error && <p className="error">{error}</p>}
      <button type="submit">Add comment</button>
    </form>
  )
}
