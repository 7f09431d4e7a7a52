import { useEffect } from 'react';
import { useAppDispatch, useAppSelector } from '../store/hooks';
import { cancelAppointment, loadAppointments } from '../store/appointmentsSlice';
import { AppointmentList } from './AppointmentList';

interface Props {
  onSelectPatient: (id: number) => void;
}

export function AppointmentsPage({ onSelectPatient }: Props) {
  const dispatch = useAppDispatch();
  const appointments = useAppSelector((state) => state.appointments.items);
  const loading = useAppSelector((state) => state.appointments.loading);

  useEffect(() => {
    dispatch(loadAppointments());
  }, [dispatch]);

  if (loading) {
    return <p>Loading…</p>;
  }
  return (
    <AppointmentList
      appointments={appointments}
      onCancel={(id) => dispatch(cancelAppointment(id))}
      onSelectPatient={onSelectPatient}
    />
  );
}
