import { useState, type FormEvent } from 'react';

import { kennel } from '../api/client';

export default function BookingForm({ dogId }: { dogId: number }) {
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [confirmation, setConfirmation] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { nights, dog_name } = await kennel.createBooking({ dog_id: dogId, starts_on: startsOn, ends_on: endsOn });
    setConfirmation(`${dog_name} is booked for ${nights} nights`);
  }

  return (
    <form onSubmit={submit}>
      <input type="date" value={startsOn} onChange={(e) => setStartsOn(e.target.value)} />
      <input type="date" value={endsOn} onChange={(e) => setEndsOn(e.target.value)} />
      <button type="submit">Book</button>
      {confirmation && <p>{confirmation}</p>}
    </form>
  );
}
