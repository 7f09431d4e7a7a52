import type { Dose, Remedy } from './types';
import { send } from './xhr';

const API = '/api/v1';

export function listRemedies(): Promise<Remedy[]> {
  return send<Remedy[]>('GET', `${API}/remedies`);
}

export function doseFor(id: number, weightKg: number): Promise<Dose> {
  return send<Dose>('GET', `${API}/remedies/${id}/dose?weight=${weightKg}`);
}

export function restock(id: number, amountMg: number): Promise<Remedy> {
  return send<Remedy>('POST', `${API}/remedies/${id}/restock`, { amount_mg: amountMg });
}
