import { usePayInvoiceMutation } from '../services/api';
import type { Invoice } from '../services/types';

interface Props {
  invoice: Invoice;
  onSelect: (id: number) => void;
}

export function InvoiceRow({ invoice, onSelect }: Props) {
  const [payInvoice, { isLoading }] = usePayInvoiceMutation();
  return (
    <tr onClick={() => onSelect(invoice.id)}>
      <td>{invoice.number}</td>
      <td>{invoice.clientName}</td>
      <td>{invoice.amountDue.toFixed(2)}</td>
      <td>
        <button disabled={isLoading} onClick={() => payInvoice(invoice.id)}>
          Mark paid
        </button>
      </td>
    </tr>
  );
}
