import { Injectable, NotFoundException } from '@nestjs/common'
import { newId, paginate, Page } from '../common'
import { ProjectsService } from '../projects/projects.service'
import { CreateTaskDto } from './dto/create-task.dto'
import { UpdateTaskDto } from './dto/update-task.dto'
import { Task } from './task.entity'

@Injectable()
export class TasksService {
  private readonly tasks: Task[] = []

  constructor(private readonly projects: ProjectsService) {}

  list(projectId: string, page = 1): Page<Task> {
    this.projects.findOne(projectId)
    return paginate(this.tasks.filter((t) => t.projectId === projectId), page)
  }

  create(projectId: string, dto: CreateTaskDto): Task {
    this.projects.findOne(projectId)
    const task: Task = {
      id: newId('tsk'),
      projectId,
      title: dto.title,
      status: 'todo',
      dueDate: dto.dueDate ?? null,
    }
    this.tasks.push(task)
    return task
  }

  update(id: string, dto: UpdateTaskDto): Task {
    const task = this.tasks.find((t) => t.id === id)
    if (!task) throw new NotFoundException(`task ${id} not found`)
    Object.assign(task, dto)
    return task
  }
}
