export interface Appointment {
  id: number;
  patientName: string;
  startsAt: string;
  endsAt: string;
  status: 'booked' | 'cancelled';
  reason: string;
}

export interface Patient {
  id: number;
  name: string;
  phone: string;
}
