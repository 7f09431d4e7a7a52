import type { Booking } from '../api/types';

interface Props {
  booking: Booking;
  onConfirm: (id: number) => void;
}

export function BookingCard({ booking, onConfirm }: Props) {
  return (
    <article className={`booking booking-${booking.status}`}>
      <h3>{booking.petName}</h3>
      <p>{booking.groomerName ?? 'any groomer'}</p>
      <time>{new Date(booking.startsAt).toLocaleString()}</time>
      {booking.status === 'requested' && <button onClick={() => onConfirm(booking.id)}>Confirm</button>}
    </article>
  );
}
