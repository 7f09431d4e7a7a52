import type { InferResponseType } from 'hono/client';
import { client } from './client';

const guides = client.api.guides;

export type Guide = InferResponseType<typeof guides.$get>[number];

export async function fetchGuides() {
  const res = await guides.$get();
  return res.json();
}

export async function fetchGuide(id: number) {
  const res = await guides[':id'].$get({ param: { id: String(id) } });
  return res.json();
}
