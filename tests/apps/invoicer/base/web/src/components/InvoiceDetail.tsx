import { useGetInvoiceQuery } from '../services/api';

export function InvoiceDetail({ id }: { id: number }) {
  const { data: invoice, error } = useGetInvoiceQuery(id);
  if (error) {
    return <p>Could not load the invoice.</p>;
  }
  if (!invoice) {
    return null;
  }
  return (
    <aside>
      <h2>Invoice {invoice.number}</h2>
      <p>Due {invoice.dueDate}</p>
      <p>Amount due: {invoice.amountDue.toFixed(2)}</p>
      <p>Status: {invoice.status}</p>
    </aside>
  );
}
