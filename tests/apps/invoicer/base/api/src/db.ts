export interface InvoiceRow {
  id: number;
  number: string;
  client_name: string;
  amount_due_cents: number;
  due_date: string;
  status: 'open' | 'paid' | 'void';
  paid_at: string | null;
}

export interface ClientRow {
  id: number;
  name: string;
  email: string;
}

export const db = { invoices: [] as InvoiceRow[], clients: [] as ClientRow[] };
