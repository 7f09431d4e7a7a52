import { IsIn, IsOptional, IsString } from 'class-validator'
import { TaskStatus } from '../task.entity'

export class UpdateTaskDto {
  @IsOptional()
  @IsString()
  title?: string

  @IsOptional()
  @IsIn(['todo', 'doing', 'done'])
  status?: TaskStatus
}
