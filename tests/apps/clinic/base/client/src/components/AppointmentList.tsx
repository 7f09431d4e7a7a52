import type { Appointment } from '../api/types';
import { AppointmentRow } from './AppointmentRow';

interface Props {
  appointments: Appointment[];
  onCancel: (id: number) => void;
  onSelectPatient: (id: number) => void;
}

export function AppointmentList({ appointments, onCancel, onSelectPatient }: Props) {
  if (appointments.length === 0) {
    return <p>No appointments today.</p>;
  }
  return (
    <table>
      <tbody>
        {appointments.map((appointment) => (
          <AppointmentRow
            key={appointment.id}
            appointment={appointment}
            onCancel={() => onCancel(appointment.id)}
            onSelect={() => onSelectPatient(appointment.id)}
          />
        ))}
      </tbody>
    </table>
  );
}
