import { useEffect, useState } from 'react'
import { fetchStats } from '../api/tickets'
import type { TicketStats } from '../types'

export function StatsBar() {
  const [stats, setStats] = useState<TicketStats | null>(null)

  useEffect(() => {
    fetchStats().then(setStats)
  }, [])

  if (!stats) return null
  return (
    <div className="stats">
      <span>Open: {stats.open}</span>
      <span>Pending: {stats.pending}</span>
      <span>Closed: {stats.closed}</span>
    </div>
  )
}
