import type { Crossing, Ticket } from './types';

const API = '/api';

async function send<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(API + path, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status}`);
  return (await res.json()) as T;
}

export async function listCrossings(): Promise<Crossing[]> {
  const { crossings } = await send<{ crossings: Crossing[] }>('GET', '/crossings');
  return crossings;
}

export async function listTickets(): Promise<Ticket[]> {
  const page = await send<{ tickets: Ticket[] }>('GET', '/tickets');
  return page.tickets;
}

export const buyTicket = (crossingId: number, passenger: string) =>
  send<Ticket>('POST', '/tickets', { crossing_id: crossingId, passenger });

export const board = (id: number) => send<Ticket>('POST', `/tickets/${id}/board`);

export const refund = (id: number) => send<void>('DELETE', `/tickets/${id}`);
