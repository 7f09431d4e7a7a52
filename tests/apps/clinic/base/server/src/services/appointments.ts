import { db, type AppointmentRow } from '../db.js';
import { addMinutes, isPast } from '../lib/time.js';

export interface AppointmentFilter {
  status?: AppointmentRow['status'];
}

export function toAppointmentDto(row: AppointmentRow) {
  const patient = db.patients.find((p) => p.id === row.patientId);
  return {
    id: row.id,
    patientName: patient?.name ?? 'Unknown',
    startsAt: row.startsAt,
    endsAt: addMinutes(row.startsAt, row.minutes),
    status: row.status,
    reason: row.reason,
  };
}

export function listAppointments(filter: AppointmentFilter = {}) {
  return db.appointments
    .filter((a) => !filter.status || a.status === filter.status)
    .map(toAppointmentDto);
}

export function cancelAppointment(id: number) {
  const row = db.appointments.find((a) => a.id === id);
  if (!row || isPast(row.startsAt)) {
    return null;
  }
  row.status = 'cancelled';
  return toAppointmentDto(row);
}
