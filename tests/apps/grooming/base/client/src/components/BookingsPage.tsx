import { useEffect } from 'react';
import { useAppDispatch, useAppSelector } from '../store/hooks';
import { confirmBooking, loadBookings } from '../store/bookingsSlice';
import { BookingCard } from './BookingCard';

export function BookingsPage() {
  const dispatch = useAppDispatch();
  const { items, total, status } = useAppSelector((state) => state.bookings);

  useEffect(() => {
    dispatch(loadBookings());
  }, [dispatch]);

  if (status === 'loading') {
    return <p>Loading…</p>;
  }
  return (
    <section>
      <h2>{total} bookings</h2>
      {items.map((booking) => (
        <BookingCard key={booking.id} booking={booking} onConfirm={(id) => dispatch(confirmBooking(id))} />
      ))}
    </section>
  );
}
