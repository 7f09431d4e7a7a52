export * from './customer'
export {
  invoiceSchema,
  invoiceLineSchema,
  invoiceStatusSchema,
  newInvoiceSchema,
  type Invoice,
  type InvoiceLine,
  type InvoiceStatus,
  type NewInvoice,
} from './invoice'
