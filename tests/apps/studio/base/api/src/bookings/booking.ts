export interface BookingView {
  id: string
  classId: string
  memberId: string
  seat: number
  bookedAt: string
}
