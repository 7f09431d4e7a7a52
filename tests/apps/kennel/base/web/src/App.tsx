import { useState } from 'react';

import BookingList from './components/BookingList';
import DogList from './components/DogList';
import DogPage from './components/DogPage';

export default function App() {
  const [dogId, setDogId] = useState<number | null>(null);
  return (
    <main>
      <h1>Kennel</h1>
      {dogId === null ? <DogList onOpen={setDogId} /> : <DogPage dogId={dogId} onBack={() => setDogId(null)} />}
      <BookingList />
    </main>
  );
}
