import { useEffect, useState } from 'react'
import { closeTicket, getTicket } from '../api/tickets'
import { formatDate } from '../utils/format'
import { CommentForm } from './CommentForm'
import { StatusBadge } from './StatusBadge'
import type { Ticket } from '../types'

export function TicketDetail({ id }: { id: number }) {
  const [ticket, setTicket] = useState<Ticket | null>(null)

  async function load() {
    setTicket(await getTicket(id))
  }

  useEffect(() => {
    void load()
  }, [id])

  async function close() {
    const closed = await closeTicket(id)
    setTicket(closed)
  }

  if (!ticket) return <p>Loading…</p>

  return (
    <article>
      <header>
        <h2>{ticket.subject}</h2>
        <StatusBadge status={ticket.status} />
        <span>{ticket.requester_email}</span>
        {ticket.status !== 'closed' && <button onClick={close}>Close ticket</button>}
      </header>
      <p>{ticket.body}</p>
      <ol className="comments">
        {ticket.comments.map((comment) => (
          <li key={comment.id} className={comment.internal ? 'internal' : ''}>
            <b>{comment.author_name}</b> <time>{formatDate(comment.created_at)}</time>
            <p>{comment.body}</p>
          </li>
        ))}
      </ol>
      <CommentForm ticketId={ticket.id} onAdded={load} />
    </article>
  )
}
