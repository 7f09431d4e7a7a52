import { kennel } from '../api/client';
import { useBookings } from '../hooks/useBookings';

export default function BookingList() {
  const { data: bookings, reload } = useBookings();

  async function cancel(id: number) {
    await kennel.cancelBooking(id);
    reload();
  }

  return (
    <table>
      <tbody>
        {bookings?.map((b) => (
          <tr key={b.id}>
            <td>{b.dog_name}</td>
            <td>
              {b.starts_on} – {b.ends_on}
            </td>
            <td>{b.grooming ? 'grooming' : ''}</td>
            <td>
              <button onClick={() => cancel(b.id)}>Cancel</button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
