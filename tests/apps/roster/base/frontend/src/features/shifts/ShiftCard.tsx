import { useClaimShiftMutation } from './shiftsApi';
import type { Shift } from './types';

interface Props {
  shift: Shift;
  staffId: number;
}

export function ShiftCard({ shift, staffId }: Props) {
  const [claimShift, { isLoading }] = useClaimShiftMutation();
  return (
    <article>
      <h3>{shift.role}</h3>
      <time>{new Date(shift.starts_at).toLocaleString()}</time>
      {shift.staff_name ? (
        <p>Taken by {shift.staff_name}</p>
      ) : (
        <button disabled={isLoading} onClick={() => claimShift({ id: shift.id, staffId })}>
          Claim
        </button>
      )}
    </article>
  );
}
