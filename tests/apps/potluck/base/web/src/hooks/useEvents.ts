import useSWR from 'swr'
import { fetcher } from '../lib/http'
import type { EventDetail, EventSummary } from '../types'

export function useEvents() {
  return useSWR<EventSummary[]>('/api/events', fetcher)
}

export function useEvent(id: number) {
  return useSWR<EventDetail>(`/api/events/${id}`, fetcher)
}
