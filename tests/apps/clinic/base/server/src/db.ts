export interface AppointmentRow {
  id: number;
  patientId: number;
  startsAt: string;
  minutes: number;
  status: 'booked' | 'cancelled';
  reason: string;
}

export interface PatientRow {
  id: number;
  name: string;
  phone: string;
}

export const db = {
  appointments: [
    { id: 1, patientId: 1, startsAt: '2026-12-03T09:00:00Z', minutes: 30, status: 'booked', reason: 'Check-up' },
    { id: 2, patientId: 2, startsAt: '2026-12-03T10:00:00Z', minutes: 15, status: 'booked', reason: 'Vaccine' },
  ] as AppointmentRow[],
  patients: [
    { id: 1, name: 'Ada Byron', phone: '555-0101' },
    { id: 2, name: 'Alan Turing', phone: '555-0102' },
  ] as PatientRow[],
};
