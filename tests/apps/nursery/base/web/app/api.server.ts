import type { Order, Plant } from "./types";

const API_URL = process.env.API_URL ?? "http://localhost:5000/api";

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(`${API_URL}${path}`, {
    ...init,
    headers: { "Content-Type": "application/json" },
  });
  if (!res.ok) throw new Response(res.statusText, { status: res.status });
  return res.json() as Promise<T>;
}

export function listPlants(): Promise<Plant[]> {
  return call<Plant[]>("/plants/");
}

export function restockPlant(id: number, quantity: number): Promise<Plant> {
  return call<Plant>(`/plants/${id}/restock`, {
    method: "POST",
    body: JSON.stringify({ quantity }),
  });
}

export function placeOrder(plantId: number, quantity: number): Promise<Order> {
  return call<Order>("/orders/", {
    method: "POST",
    body: JSON.stringify({ plant_id: plantId, quantity }),
  });
}

export function cancelOrder(id: number): Promise<void> {
  return call<void>(`/orders/${id}`, { method: "DELETE" });
}
