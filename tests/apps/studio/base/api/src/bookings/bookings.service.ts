import { Injectable, NotFoundException } from '@nestjs/common'
import { randomUUID } from 'node:crypto'
import { CreateBookingDto } from '../classes/dto/create-booking.dto'
import { StudioClass } from '../classes/studio-class'
import { BookingView } from './booking'

@Injectable()
export class BookingsService {
  private readonly bookings: BookingView[] = []

  create(studioClass: StudioClass, dto: CreateBookingDto): BookingView {
    studioClass.bookedCount += 1
    const booking: BookingView = {
      id: randomUUID(),
      classId: studioClass.id,
      memberId: dto.memberId,
      seat: studioClass.bookedCount,
      bookedAt: new Date().toISOString(),
    }
    this.bookings.push(booking)
    return booking
  }

  forMember(memberId: string): BookingView[] {
    return this.bookings.filter((b) => b.memberId === memberId)
  }

  cancel(id: string): void {
    const index = this.bookings.findIndex((b) => b.id === id)
    if (index < 0) throw new NotFoundException(`booking ${id} not found`)
    this.bookings.splice(index, 1)
  }
}
