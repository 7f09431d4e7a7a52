import { Module } from '@nestjs/common'
import { BookingsModule } from '../bookings/bookings.module'
import { ClassesController } from './classes.controller'
import { ClassesService } from './classes.service'

@Module({
  imports: [BookingsModule],
  controllers: [ClassesController],
  providers: [ClassesService],
})
export class ClassesModule {}
