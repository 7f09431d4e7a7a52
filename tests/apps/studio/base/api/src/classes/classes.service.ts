import { Injectable, NotFoundException } from '@nestjs/common'
import { StudioClass } from './studio-class'

const coach = { id: 'i1', firstName: 'Mara', lastName: 'Lind' }

@Injectable()
export class ClassesService {
  private readonly classes: StudioClass[] = [
    { id: 'c1', title: 'Morning flow', instructor: coach, startsAt: new Date('2026-01-05T07:00:00Z'),
      durationMinutes: 60, capacity: 14, bookedCount: 9 },
  ]

  findAll(): StudioClass[] {
    return [...this.classes].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
  }

  findOne(id: string): StudioClass {
    const found = this.classes.find((c) => c.id === id)
    if (!found) throw new NotFoundException(`class ${id} not found`)
    return found
  }
}
