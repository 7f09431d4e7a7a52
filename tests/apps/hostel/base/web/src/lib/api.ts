import type { Booking, Room } from './types';

const BASE = import.meta.env.VITE_API_URL ?? '/api';

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${BASE}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status}`);
  return res.json() as Promise<T>;
}

export const listRooms = () => request<Room[]>('GET', '/rooms');

export const listBookings = () => request<Booking[]>('GET', '/bookings');

export const book = (roomId: number, guest: string) =>
  request<Booking>('POST', '/bookings', { room_id: roomId, guest });

export const checkIn = (id: number) => request<Booking>('POST', `/bookings/${id}/checkin`);

export const cancel = (id: number) => request<void>('DELETE', `/bookings/${id}`);
