export interface ClassView {
  id: string
  title: string
  instructorName: string
  startsAt: string
  durationMinutes: number
  spotsLeft: number
}

export interface Booking {
  id: string
  classId: string
  memberId: string
  seat: number
  bookedAt: string
}
