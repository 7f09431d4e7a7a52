import { useState } from 'react';
import { AppointmentsPage } from './components/AppointmentsPage';
import { PatientCard } from './components/PatientCard';

export function App() {
  const [patientId, setPatientId] = useState<number | null>(null);
  return (
    <main>
      <h1>Today</h1>
      <AppointmentsPage onSelectPatient={setPatientId} />
      {patientId !== null && <PatientCard patientId={patientId} />}
    </main>
  );
}
