import { statusLabel } from '../utils/format'
import type { TicketStatus } from '../types'

const colours: Record<TicketStatus, string> = {
  open: 'badge-green',
  pending: 'badge-amber',
  closed: 'badge-grey',
}

export function StatusBadge({ status }: { status: TicketStatus }) {
  return <span className={`badge ${colours[status]}`}>{statusLabel(status)}</span>
}
