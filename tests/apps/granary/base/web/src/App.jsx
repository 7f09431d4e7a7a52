import { BinList } from './components/BinList';
import { BinDetail } from './components/BinDetail';
import { DeliveryForm } from './components/DeliveryForm';
import { DeliveryLog } from './components/DeliveryLog';

export function App() {
  return (
    <main>
      <h1>Granary</h1>
      <BinList />
      <BinDetail binId={1} />
      <DeliveryForm />
      <DeliveryLog />
    </main>
  );
}
