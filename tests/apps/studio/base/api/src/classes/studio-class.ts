export interface Instructor {
  id: string
  firstName: string
  lastName: string
}

export interface StudioClass {
  id: string
  title: string
  instructor: Instructor
  startsAt: Date
  durationMinutes: number
  capacity: number
  bookedCount: number
}

export interface ClassView {
  id: string
  title: string
  instructorName: string
  startsAt: string
  durationMinutes: number
  spotsLeft: number
}

export function toClassView(c: StudioClass): ClassView {
  return {
    id: c.id,
    title: c.title,
    instructorName: `${c.instructor.firstName} ${c.instructor.lastName}`,
    startsAt: c.startsAt.toISOString(),
    durationMinutes: c.durationMinutes,
    spotsLeft: Math.max(c.capacity - c.bookedCount, 0),
  }
}
