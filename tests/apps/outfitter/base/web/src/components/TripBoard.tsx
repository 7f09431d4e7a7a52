import { useEffect, useState } from 'react';
import { bookTrip, cancelTrip, fetchTrips, type Trip } from '../trips';

export function TripBoard() {
  const [trips, setTrips] = useState<Trip[]>([]);

  useEffect(() => {
    fetchTrips().then(setTrips);
  }, []);

  async function book() {
    const trip = await bookTrip({ guideId: 1, peak: 'Dent Blanche', date: '2027-07-14' });
    setTrips([...trips, trip]);
  }

  async function cancel(id: number) {
    const cancelled = await cancelTrip(id);
    if (!('error' in cancelled)) setTrips(trips.filter((t) => t.id !== cancelled.id));
  }

  return (
    <section>
      <button onClick={book}>Book Dent Blanche</button>
      {trips.map((trip) => (
        <article key={trip.id}>
          <h3>{trip.peak} on {trip.date}</h3>
          <p>{trip.climbers} climbers, {trip.price} €</p>
          <button onClick={() => cancel(trip.id)}>Cancel</button>
        </article>
      ))}
    </section>
  );
}
