import { GuideCard } from './components/GuideCard';
import { GuideList } from './components/GuideList';
import { TripBoard } from './components/TripBoard';

export function App() {
  return (
    <main>
      <GuideList />
      <GuideCard id={1} />
      <TripBoard />
    </main>
  );
}
