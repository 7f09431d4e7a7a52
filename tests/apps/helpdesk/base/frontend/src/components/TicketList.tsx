import { useState } from 'react'
import { useTickets } from '../hooks/useTickets'
import { formatDate, truncate } from '../utils/format'
import { StatusBadge } from './StatusBadge'
import type { TicketStatus } from '../types'

interface Props {
  onSelect: (id: number) => void
}

export function TicketList({ onSelect }: Props) {
  const [status, setStatus] = useState<TicketStatus | undefined>('open')
  const { tickets, loading, error } = useTickets(status)

  if (loading) return <p>Loading tickets…</p>
  if (error) return <p className="error">{error}</p>

  return (
    <section>
      <select value={status ?? ''} onChange={(e) => setStatus((e.target.value || undefined) as TicketStatus)}>
        <option value="">All</option>
        <option value="open">Open</option>
        <option value="pending">Pending</option>
        <option value="closed">Closed</option>
      </select>
      <ul className="ticket-list">
        {tickets.map((ticket) => (
          <li key={ticket.id} onClick={() => onSelect(ticket.id)}>
            <StatusBadge status={ticket.status} />
            <strong>{truncate(ticket.subject)}</strong>
            <time>{formatDate(ticket.created_at)}</time>
          </li>
        ))}
      </ul>
    </section>
  )
}
