import { useGetInvoicesQuery } from '../services/api';
import { InvoiceRow } from './InvoiceRow';

interface Props {
  onSelect: (id: number) => void;
}

export function InvoiceList({ onSelect }: Props) {
  const { data, isLoading } = useGetInvoicesQuery('open');
  if (isLoading || !data) {
    return <p>Loading…</p>;
  }
  return (
    <table>
      <caption>{data.total} open invoices</caption>
      <tbody>
        {data.items.map((invoice) => (
          <InvoiceRow key={invoice.id} invoice={invoice} onSelect={onSelect} />
        ))}
      </tbody>
    </table>
  );
}
