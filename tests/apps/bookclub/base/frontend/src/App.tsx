import { ClubList } from './components/ClubList';
import { MeetingPlanner } from './components/MeetingPlanner';

export function App() {
  return (
    <main>
      <ClubList />
      <MeetingPlanner clubId={1} />
    </main>
  );
}
