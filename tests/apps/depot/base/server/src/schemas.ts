import { z } from 'zod'

export const CreateParcel = z.object({
  recipient: z.string().min(1),
  weightKg: z.number().positive(),
  fragile: z.boolean().optional(),
})

export const DispatchParcel = z.object({
  courier: z.string(),
  note: z.string().optional(),
})

export type CreateParcelInput = z.infer<typeof CreateParcel>
