import type { InvoiceRow } from './db.js';

export function toInvoiceJson(row: InvoiceRow) {
  return {
    id: row.id,
    number: row.number,
    clientName: row.client_name,
    amountDue: row.amount_due_cents / 100,
    dueDate: row.due_date,
    status: row.status,
  };
}
