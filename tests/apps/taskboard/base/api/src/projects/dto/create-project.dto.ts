import { IsOptional, IsString, MaxLength } from 'class-validator'

export class CreateProjectDto {
  @IsString()
  @MaxLength(80)
  name!: string

  @IsOptional()
  @IsString()
  description?: string
}
