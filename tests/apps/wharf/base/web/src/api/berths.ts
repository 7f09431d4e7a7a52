import { client } from './client';

export async function listBerths() {
  const { data } = await client.GET('/api/berths/');
  return data ?? [];
}

export async function moor(berthId: number, shipId: number) {
  const { data, error } = await client.POST('/api/berths/{berth_id}/moor', {
    params: { path: { berth_id: berthId } },
    body: { shipId },
  });
  if (error) throw new Error('could not moor');
  return data;
}
