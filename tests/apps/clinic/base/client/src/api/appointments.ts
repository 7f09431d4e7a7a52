import { http } from './client';
import type { Appointment } from './types';

export function fetchAppointments(): Promise<Appointment[]> {
  return http<Appointment[]>('/appointments');
}

export function postCancel(id: number): Promise<Appointment> {
  return http<Appointment>(`/appointments/${id}/cancel`, { method: 'POST' });
}
