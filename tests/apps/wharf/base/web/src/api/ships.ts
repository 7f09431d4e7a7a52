import { client } from './client';
import type { NewShip } from './schema';

export async function listShips() {
  const { data } = await client.GET('/api/ships/');
  return data ?? [];
}

export async function getShip(shipId: number) {
  const { data } = await client.GET('/api/ships/{ship_id}', { params: { path: { ship_id: shipId } } });
  return data;
}

export async function registerShip(ship: NewShip) {
  const { data } = await client.POST('/api/ships/', { body: ship });
  return data;
}

export async function setDraft(shipId: number, draft: number) {
  return client.PATCH('/api/ships/{ship_id}', { params: { path: { ship_id: shipId } }, body: { draft } });
}

export async function depart(shipId: number) {
  return client.POST('/api/ships/{ship_id}/depart', { params: { path: { ship_id: shipId } } });
}
