import { IsDateString, IsOptional, IsString } from 'class-validator'

export class CreateTaskDto {
  @IsString()
  title!: string

  @IsOptional()
  @IsDateString()
  dueDate?: string
}
