import { db } from '../db.js';

function toPrescription(row) {
  return {
    id: row.id,
    drug: row.drug_name,
    dosage: row.dosage,
    refillsLeft: row.refills_left,
    prescriber: row.prescriber,
  };
}

export async function listPrescriptions(request, reply) {
  const rows = db.prescriptions.all();
  return { items: rows.map(toPrescription), count: rows.length };
}

export async function getPrescription(request, reply) {
  const row = db.prescriptions.find(Number(request.params.id));
  if (!row) {
    return reply.code(404).send({ error: 'not found' });
  }
  return toPrescription(row);
}

export async function renewPrescription(request, reply) {
  const row = db.prescriptions.renew(Number(request.params.id));
  if (!row) {
    return reply.code(404).send({ error: 'not found' });
  }
  return { id: row.id, refillsLeft: row.refills_left, renewedAt: row.renewed_at };
}
