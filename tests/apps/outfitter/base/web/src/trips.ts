import type { InferRequestType, InferResponseType } from 'hono/client';
import { client } from './client';

export type Trip = InferResponseType<typeof client.api.trips.$get>[number];
export type NewTrip = InferRequestType<typeof client.api.trips.$post>['json'];

export async function fetchTrips() {
  const trips = client.api.trips;
  const res = await trips.$get();
  return res.json();
}

export async function bookTrip(trip: NewTrip) {
  const res = await client.api.trips.$post({ json: trip });
  return res.json();
}

export async function cancelTrip(id: number) {
  const trip = client.api.trips[':id'];
  const res = await trip.cancel.$post({ param: { id: String(id) } });
  return res.json();
}
