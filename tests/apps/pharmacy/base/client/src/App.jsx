import { useState } from 'react';
import { PrescriptionList } from './components/PrescriptionList';
import { RefillPanel } from './components/RefillPanel';

export function App() {
  const [selected, setSelected] = useState(null);
  return (
    <main>
      <PrescriptionList onSelect={setSelected} />
      {selected !== null && <RefillPanel prescriptionId={selected} />}
    </main>
  );
}
