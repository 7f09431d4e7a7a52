import type { NewSighting, Sighting, TideTable } from "./types";

const API_URL = process.env.API_URL ?? "http://localhost:5000/api";

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(`${API_URL}${path}`, init);
  if (!res.ok) throw new Response(res.statusText, { status: res.status });
  return res.json() as Promise<T>;
}

export function tideTable(station: string): Promise<TideTable> {
  return call<TideTable>(`/tides/${station}`);
}

export function listSightings(): Promise<Sighting[]> {
  return call<Sighting[]>("/sightings");
}

export function logSighting(sighting: NewSighting): Promise<Sighting> {
  return call<Sighting>("/sightings", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(sighting),
  });
}

export async function retractSighting(id: number): Promise<void> {
  await fetch(`${API_URL}/sightings/${id}`, { method: "DELETE" });
}
