import { Injectable, NotFoundException } from '@nestjs/common'
import { newId } from '../common'
import { CreateProjectDto } from './dto/create-project.dto'
import { Project } from './project.entity'

@Injectable()
export class ProjectsService {
  private readonly projects = new Map<string, Project>()

  findAll(includeArchived = false): Project[] {
    const all = [...this.projects.values()]
    return includeArchived ? all : all.filter((p) => !p.archived)
  }

  findOne(id: string): Project {
    const project = this.projects.get(id)
    if (!project) throw new NotFoundException(`project ${id} not found`)
    return project
  }

  create(dto: CreateProjectDto): Project {
    const project: Project = {
      id: newId('prj'),
      name: dto.name,
      description: dto.description ?? '',
      archived: false,
      createdAt: new Date(),
    }
    this.projects.set(project.id, project)
    return project
  }

  archive(id: string): Project {
    const project = this.findOne(id)
    project.archived = true
    return project
  }
}
