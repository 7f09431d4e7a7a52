import { useCallback, useEffect, useState } from 'react'
import { listTickets } from '../api/tickets'
import { errorMessage } from '../api/client'
import type { Ticket, TicketStatus } from '../types'

export function useTickets(status?: TicketStatus) {
  const [tickets, setTickets] = useState<Ticket[]>([])
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState<string | null>(null)

  const reload = useCallback(async () => {
    setLoading(true)
    try {
      const page = await listTickets(status)
      setTickets(page.results)
      setError(null)
    } catch (err) {
      setError(errorMessage(err))
    } finally {
      setLoading(false)
    }
  }, [status])

  useEffect(() => {
    void reload()
  }, [reload])

  return { tickets, loading, error, reload }
}
