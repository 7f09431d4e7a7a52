import { IsOptional, IsString, MaxLength } from 'class-validator'

export class CreateBookingDto {
  @IsString()
  memberId!: string

  @IsOptional()
  @IsString()
  @MaxLength(200)
  note?: string
}
