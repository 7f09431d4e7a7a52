import { useEffect, useState } from 'react';
import { fetchPatient } from '../api/patients';
import type { Patient } from '../api/types';

export function PatientCard({ patientId }: { patientId: number }) {
  const [patient, setPatient] = useState<Patient | null>(null);

  useEffect(() => {
    fetchPatient(patientId).then(setPatient);
  }, [patientId]);

  if (!patient) {
    return null;
  }
  return (
    <aside>
      <h2>{patient.name}</h2>
      <p>{patient.phone}</p>
    </aside>
  );
}
