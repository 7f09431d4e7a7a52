import { db } from '../db.js';

export function listPatients() {
  return db.patients.map((p) => ({ id: p.id, name: p.name, phone: p.phone }));
}

export function findPatient(id: number) {
  return db.patients.find((p) => p.id === id) ?? null;
}
