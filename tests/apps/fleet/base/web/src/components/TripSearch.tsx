import { useState } from 'react';
import { useLazySearchTripsQuery } from '../services/api';

export function TripSearch() {
  const [query, setQuery] = useState('');
  const [searchTrips, { data: trips, isFetching }] = useLazySearchTripsQuery();
  return (
    <section>
      <input value={query} onChange={(e) => setQuery(e.target.value)} />
      <button onClick={() => searchTrips(query)} disabled={isFetching}>Search</button>
      <ul>
        {trips?.map((trip) => (
          <li key={trip.id}>
            {trip.destination} ({new Date(trip.startedAt).toLocaleDateString()})
          </li>
        ))}
      </ul>
    </section>
  );
}
