import { api } from './client'
import type { Comment, Page, Ticket, TicketStats, TicketStatus } from '../types'

export async function listTickets(status?: TicketStatus): Promise<Page<Ticket>> {
  const { data } = await api.get<Page<Ticket>>('/tickets/', { params: { status } })
  return data
}

export async function getTicket(id: number): Promise<Ticket> {
  const { data } = await api.get<Ticket>(`/tickets/${id}/`)
  return data
}

export async function assignTicket(id: number, userId: number): Promise<Ticket> {
  const { data } = await api.post<Ticket>(`/tickets/${id}/assign/`, { user_id: userId })
  return data
}

export async function closeTicket(id: number, notify = true): Promise<Ticket> {
  const { data } = await api.post<Ticket>(`/tickets/${id}/close/`, { notify })
  return data
}

export async function addComment(id: number, body: string, internal = false): Promise<Comment> {
  const { data } = await api.post<Comment>(`/tickets/${id}/comments/`, { body, internal })
  return data
}

export async function fetchStats(): Promise<TicketStats> {
  const { data } = await api.get<TicketStats>('/tickets/stats/')
  return data
}
