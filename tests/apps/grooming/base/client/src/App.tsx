import { BookingsPage } from './components/BookingsPage';
import { GroomerPicker } from './components/GroomerPicker';

export function App() {
  return (
    <main>
      <h1>Grooming</h1>
      <GroomerPicker />
      <BookingsPage />
    </main>
  );
}
