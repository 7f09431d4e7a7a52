import { Controller, Delete, Get, HttpCode, Param, Query } from '@nestjs/common'
import { BookingView } from './booking'
import { BookingsService } from './bookings.service'

@Controller('bookings')
export class BookingsController {
  constructor(private readonly bookings: BookingsService) {}

  @Get('mine')
  mine(@Query('memberId') memberId: string): BookingView[] {
    return this.bookings.forMember(memberId)
  }

  @Delete(':id')
  @HttpCode(204)
  cancel(@Param('id') id: string): void {
    this.bookings.cancel(id)
  }
}
