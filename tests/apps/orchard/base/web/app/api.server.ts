import type { Harvest, Tree } from "./types";

const API_URL = process.env.API_URL ?? "http://localhost:8000/api";

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(`${API_URL}${path}`, {
    ...init,
    headers: { "Content-Type": "application/json" },
  });
  if (!res.ok) throw new Response(res.statusText, { status: res.status });
  return res.json() as Promise<T>;
}

export function listTrees(): Promise<Tree[]> {
  return call<Tree[]>("/trees/");
}

export function getTree(id: number): Promise<Tree> {
  return call<Tree>(`/trees/${id}`);
}

export function pruneTree(id: number): Promise<Tree> {
  return call<Tree>(`/trees/${id}/prune`, { method: "POST" });
}

export function listHarvests(treeId: number): Promise<Harvest[]> {
  return call<Harvest[]>(`/harvests/?tree=${treeId}`);
}

export function recordHarvest(treeId: number, kilos: number): Promise<Harvest> {
  return call<Harvest>("/harvests/", {
    method: "POST",
    body: JSON.stringify({ tree_id: treeId, kilos }),
  });
}

export function deleteHarvest(id: number): Promise<void> {
  return call<void>(`/harvests/${id}`, { method: "DELETE" });
}
