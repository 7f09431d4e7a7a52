import { useState } from 'react'
import { StatsBar } from './components/StatsBar'
import { TicketDetail } from './components/TicketDetail'
import { TicketList } from './components/TicketList'

export default function App() {
  const [selected, setSelected] = useState<number | null>(null)
  return (
    <main className="layout">
      <StatsBar />
      <TicketList onSelect={setSelected} />
      {selected !== null && <TicketDetail id={selected} />}
    </main>
  )
}
