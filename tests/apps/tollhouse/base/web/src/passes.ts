import type { InferRequestType } from 'hono/client';
import { client } from './client';
import { passes } from './endpoints';

export type NewPass = InferRequestType<typeof client.api.passes.$post>['json'];

export async function buyPass(pass: NewPass) {
  const res = await passes.$post({ json: pass });
  return res.json();
}

export async function revokePass(id: number) {
  const res = await passes[':id'].$delete({ param: { id: String(id) } });
  return res.ok;
}

export async function checkToll(plate: string) {
  const { tolls } = client.api;
  const res = await tolls[':plate'].$get({ param: { plate } });
  return res.json();
}
