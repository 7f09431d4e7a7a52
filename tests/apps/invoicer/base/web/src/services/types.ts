export interface Invoice {
  id: number;
  number: string;
  clientName: string;
  amountDue: number;
  dueDate: string;
  status: 'open' | 'paid' | 'void';
}

export interface InvoicePage {
  items: Invoice[];
  total: number;
}

export interface Client {
  id: number;
  name: string;
  email: string;
}
