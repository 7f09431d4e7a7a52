import type { Rack, Uncorked, Wine } from "./types";

const API_URL = process.env.API_URL ?? "http://localhost:8000/api";

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(`${API_URL}${path}`, init);
  if (!res.ok) throw new Response(res.statusText, { status: res.status });
  return res.json() as Promise<T>;
}

export function listWines(): Promise<Wine[]> {
  return call<Wine[]>("/wines/");
}

export function uncorkWine(id: number, glasses: number): Promise<Uncorked> {
  return call<Uncorked>(`/wines/${id}/uncork`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ glasses }),
  });
}

export function listRacks(): Promise<Rack[]> {
  return call<Rack[]>("/racks");
}
