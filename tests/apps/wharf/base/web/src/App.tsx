import { Arrivals } from './components/Arrivals';
import { ShipPanel } from './components/ShipPanel';
import { ShipTable } from './components/ShipTable';

export function App() {
  return (
    <main>
      <ShipTable />
      <ShipPanel shipId={1} />
      <Arrivals />
    </main>
  );
}
