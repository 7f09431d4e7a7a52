const prescriptions = new Map();
const refills = new Map();
let nextRefill = 1;

export const db = {
  prescriptions: {
    all: () => [...prescriptions.values()],
    find: (id) => prescriptions.get(id),
    renew: (id) => {
      const row = prescriptions.get(id);
      if (!row) {
        return undefined;
      }
      row.refills_left += 3;
      row.renewed_at = new Date().toISOString();
      return row;
    },
  },
  refills: {
    forPrescription: (id) => [...refills.values()].filter((r) => r.prescription_id === id),
    create: (prescriptionId, pharmacy) => {
      const row = { id: nextRefill++, prescription_id: prescriptionId, pharmacy, status: 'queued',
                    ready_at: null };
      refills.set(row.id, row);
      return row;
    },
  },
};
