import { useClasses } from '../hooks/useClasses'
import { ClassCard } from './ClassCard'

export function ClassList({ onSelect }: { onSelect: (id: string) => void }) {
  const { data: classes = [], isPending, error } = useClasses()

  if (isPending) return <p>Loading the timetable…</p>
  if (error) return <p role="alert">{error.message}</p>
  return (
    <ul className="timetable">
      {classes.map((c) => (
        <ClassCard key={c.id} studioClass={c} onSelect={() => onSelect(c.id)} />
      ))}
    </ul>
  )
}
