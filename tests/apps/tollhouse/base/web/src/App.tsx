import { BoothBadge } from './components/BoothBadge';
import { BoothList } from './components/BoothList';
import { PassDesk } from './components/PassDesk';

export function App() {
  return (
    <main>
      <BoothBadge id={1} />
      <BoothList />
      <PassDesk />
    </main>
  );
}
