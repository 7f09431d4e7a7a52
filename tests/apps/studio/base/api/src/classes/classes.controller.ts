import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common'
import { BookingsService } from '../bookings/bookings.service'
import { BookingView } from '../bookings/booking'
import { ClassesService } from './classes.service'
import { CreateBookingDto } from './dto/create-booking.dto'
import { ClassView, toClassView } from './studio-class'

@Controller('classes')
export class ClassesController {
  constructor(
    private readonly classes: ClassesService,
    private readonly bookings: BookingsService,
  ) {}

  @Get()
  findAll(): ClassView[] {
    return this.classes.findAll().map(toClassView)
  }

  @Get(':id')
  findOne(@Param('id') id: string): ClassView {
    return toClassView(this.classes.findOne(id))
  }

  @Post(':id/bookings')
  @HttpCode(201)
  book(@Param('id') id: string, @Body() dto: CreateBookingDto): BookingView {
    return this.bookings.create(this.classes.findOne(id), dto)
  }
}
