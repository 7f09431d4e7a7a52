import { z } from 'zod'

export const invoiceLineSchema = z.object({
  description: z.string().min(1),
  quantity: z.number().positive(),
  unitPriceCents: z.number().int().nonnegative(),
})

export const invoiceStatusSchema = z.enum(['draft', 'sent', 'paid', 'void'])

export const invoiceSchema = z.object({
  id: z.string().uuid(),
  customerId: z.string().uuid(),
  number: z.string(),
  status: invoiceStatusSchema,
  lines: z.array(invoiceLineSchema),
  issuedAt: z.string().datetime().nullable(),
})

export const newInvoiceSchema = invoiceSchema.pick({ customerId: true, lines: true })

export type Invoice = z.infer<typeof invoiceSchema>
export type InvoiceLine = z.infer<typeof invoiceLineSchema>
export type InvoiceStatus = z.infer<typeof invoiceStatusSchema>
export type NewInvoice = z.infer<typeof newInvoiceSchema>
