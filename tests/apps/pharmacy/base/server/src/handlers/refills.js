import { db } from '../db.js';

export async function listRefills(request, reply) {
  const rows = db.refills.forPrescription(Number(request.query.prescription));
  return rows.map((row) => ({ id: row.id, pharmacy: row.pharmacy, status: row.status, readyAt: row.ready_at }));
}

export async function requestRefill(request, reply) {
  const row = db.refills.create(request.body.prescriptionId, request.body.pharmacy);
  reply.code(201);
  return { id: row.id, status: row.status };
}
