import type { ClassView } from '../api/types'

interface Props {
  studioClass: ClassView
  onSelect: () => void
}

const time = new Intl.DateTimeFormat(undefined, { weekday: 'short', hour: '2-digit', minute: '2-digit' })

export function ClassCard({ studioClass, onSelect }: Props) {
  return (
    <li onClick={onSelect}>
      <strong>{studioClass.title}</strong> with {studioClass.instructorName}
      <span>{time.format(new Date(studioClass.startsAt))}</span>
      <span className={studioClass.spotsLeft === 0 ? 'full' : ''}>{studioClass.spotsLeft} spots</span>
    </li>
  )
}
