import type { Appointment } from '../api/types';
import { formatRange, initials } from '../utils';

interface Props {
  appointment: Appointment;
  onCancel: () => void;
  onSelect: () => void;
}

export function AppointmentRow({ appointment, onCancel, onSelect }: Props) {
  return (
    <tr>
      <td>{formatRange(appointment.startsAt, appointment.endsAt)}</td>
      <td onClick={onSelect}>{initials(appointment.patientName)}</td>
      <td>{appointment.reason}</td>
      <td>
        <button onClick={onCancel}>Cancel</button>
      </td>
    </tr>
  );
}
