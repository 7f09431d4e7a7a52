import type { Harvest, Tasting, Vine, VineSummary } from "./types";

const API_URL = process.env.API_URL ?? "http://localhost:8000/api";

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(`${API_URL}${path}`, init);
  if (!res.ok) throw new Response(res.statusText, { status: res.status });
  return res.json() as Promise<T>;
}

export function listVines(): Promise<VineSummary[]> {
  return call<VineSummary[]>("/vines");
}

export function getVine(id: number): Promise<Vine> {
  return call<Vine>(`/vines/${id}`);
}

export function harvestVine(id: number): Promise<Harvest> {
  return call<Harvest>(`/vines/${id}/harvest`, { method: "POST" });
}

export function listTastings(): Promise<Tasting[]> {
  return call<Tasting[]>("/tastings");
}
