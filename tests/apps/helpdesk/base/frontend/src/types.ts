export type TicketStatus = 'open' | 'pending' | 'closed'

export interface Comment {
  id: number
  body: string
  internal: boolean
  author_name: string
  created_at: string
}

export interface Ticket {
  id: number
  subject: string
  body: string
  status: TicketStatus
  requester_email: string
  assignee: number | null
  comments: Comment[]
  created_at: string
}

export interface TicketStats {
  open: number
  pending: number
  closed: number
}

export interface Page<T> {
  count: number
  next: string | null
  previous: string | null
  results: T[]
}
