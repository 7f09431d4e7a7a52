import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common'
import { CreateProjectDto } from './dto/create-project.dto'
import { ProjectsService } from './projects.service'

@Controller('projects')
export class ProjectsController {
  constructor(private readonly projectsService: ProjectsService) {}

  @Get()
  findAll(@Query('archived') archived?: string) {
    return this.projectsService.findAll(archived === 'true')
  }

  @Get(':id')
  findOne(@Param('id') id: string) {
    return this.projectsService.findOne(id)
  }

  @Post()
  create(@Body() dto: CreateProjectDto) {
    return this.projectsService.create(dto)
  }

  @Patch(':id/archive')
  archive(@Param('id') id: string) {
    return this.projectsService.archive(id)
  }
}
