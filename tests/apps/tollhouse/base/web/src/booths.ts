import { booths } from './endpoints';

export async function fetchBooths() {
  const res = await booths.$get();
  return res.json();
}

export async function fetchBooth(id: number) {
  const res = await booths[':id'].$get({ param: { id: String(id) } });
  return res.json();
}
