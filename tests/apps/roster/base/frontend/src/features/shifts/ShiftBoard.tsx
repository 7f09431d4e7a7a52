import { ShiftCard } from './ShiftCard';
import { useListShiftsQuery } from './shiftsApi';

export function ShiftBoard({ staffId }: { staffId: number }) {
  const { data: shifts = [], isFetching } = useListShiftsQuery();
  return (
    <section aria-busy={isFetching}>
      {shifts.map((shift) => (
        <ShiftCard key={shift.id} shift={shift} staffId={staffId} />
      ))}
    </section>
  );
}
