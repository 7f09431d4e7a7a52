import { useState } from 'react';
import { ClientList } from './components/ClientList';
import { InvoiceDetail } from './components/InvoiceDetail';
import { InvoiceList } from './components/InvoiceList';

export function App() {
  const [selected, setSelected] = useState<number | null>(null);
  return (
    <main>
      <InvoiceList onSelect={setSelected} />
      {selected !== null && <InvoiceDetail id={selected} />}
      <ClientList />
    </main>
  );
}
