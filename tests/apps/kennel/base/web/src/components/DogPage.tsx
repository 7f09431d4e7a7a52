import { useState } from 'react';

import { kennel } from '../api/client';
import { useDog } from '../hooks/useDogs';
import BookingForm from './BookingForm';

export default function DogPage({ dogId, onBack }: { dogId: number; onBack: () => void }) {
  const { data: dog, reload } = useDog(dogId);
  const [kennelNumber, setKennelNumber] = useState(1);
  const [message, setMessage] = useState('');

  async function checkIn() {
    const stay = await kennel.checkIn(dogId, kennelNumber);
    setMessage(`In kennel ${stay.kennel_number} since ${stay.checked_in_at}`);
    reload();
  }

  async function checkOut() {
    await kennel.checkOut(dogId);
    reload();
  }

  if (!dog) return null;
  return (
    <section>
      <button onClick={onBack}>Back</button>
      <h2>{dog.name}</h2>
      <p>Owner: {dog.owner_name} ({dog.owner_phone})</p>
      <p>Feeding: {dog.feeding_notes}</p>
      {dog.checked_in ? (
        <button onClick={checkOut}>Check out</button>
      ) : (
        <>
          <input type="number" value={kennelNumber} onChange={(e) => setKennelNumber(Number(e.target.value))} />
          <button onClick={checkIn}>Check in</button>
        </>
      )}
      {message && <p>{message}</p>}
      <BookingForm dogId={dog.id} />
    </section>
  );
}
