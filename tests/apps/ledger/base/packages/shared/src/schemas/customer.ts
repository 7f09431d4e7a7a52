import { z } from 'zod'

export const customerSchema = z.object({
  id: z.string().uuid(),
  name: z.string().min(1),
  email: z.string().email(),
  vatNumber: z.string().optional(),
})

export type Customer = z.infer<typeof customerSchema>

export const newCustomerSchema = customerSchema.omit({ id: true })
export type NewCustomer = z.infer<typeof newCustomerSchema>
