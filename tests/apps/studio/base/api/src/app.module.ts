import { Module } from '@nestjs/common'
import { BookingsModule } from './bookings/bookings.module'
import { ClassesModule } from './classes/classes.module'

@Module({ imports: [ClassesModule, BookingsModule] })
export class AppModule {}
