import { api } from './api';

export async function hiveLabels() {
  const { data, error } = await api.api.hives.get();
  if (error) throw error;
  return data.map((hive) => `${hive.name} (${hive.queen}, ${hive.frames} frames)`);
}

export async function addHive(name: string) {
  const { data } = await api.api.hives.post({ name });
  return data?.id;
}

export async function harvest(id: number, grams: number) {
  const { data } = await api.api.hives({ id }).harvest.post({ grams });
  return data?.harvestedKg;
}

export const removeHive = (id: number) => api.api.hives({ id }).delete();

export async function logInspection(hiveId: number, note: string) {
  const { data } = await api.api.inspections.post({ hiveId, note });
  return data?.inspector;
}
