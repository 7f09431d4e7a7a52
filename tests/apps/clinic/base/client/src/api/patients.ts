import { http } from './client';
import type { Patient } from './types';

export function fetchPatient(id: number): Promise<Patient> {
  return http<Patient>(`/patients/${id}`);
}
