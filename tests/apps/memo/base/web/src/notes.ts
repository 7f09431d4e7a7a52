import type { InferResponseType } from 'hono/client';
import { api, client } from './client';

export type Note = InferResponseType<typeof client.api.notes.$get>[number];

export async function fetchNotes() {
  const res = await client.api.notes.$get();
  return res.json();
}

export async function createNote(title: string) {
  const res = await client.api.notes.$post({ json: { title } });
  return res.json();
}

export async function togglePin(id: number) {
  const res = await client.api.notes[':id'].pin.$post({ param: { id: String(id) } });
  return res.json();
}

export const deleteNote = (id: number) => client.api.notes[':id'].$delete({ param: { id: String(id) } });

export async function fetchTags() {
  const res = await api.tags.$get();
  return res.json();
}
