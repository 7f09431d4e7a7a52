import { useState } from 'react'
import { ClassDetail } from './components/ClassDetail'
import { ClassList } from './components/ClassList'
import { MyBookings } from './components/MyBookings'

const MEMBER_ID = localStorage.getItem('memberId') ?? 'guest'

export function App() {
  const [selected, setSelected] = useState<string | null>(null)
  return (
    <main>
      <ClassList onSelect={setSelected} />
      {selected && <ClassDetail classId={selected} memberId={MEMBER_ID} />}
      <MyBookings memberId={MEMBER_ID} />
    </main>
  )
}
