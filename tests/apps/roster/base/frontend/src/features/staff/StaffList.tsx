import { useListStaffQuery } from './staffApi';

export function StaffList({ onPick }: { onPick: (id: number) => void }) {
  const { data, isLoading } = useListStaffQuery();
  if (isLoading) {
    return <p>Loading…</p>;
  }
  return (
    <ul>
      {data?.map((person) => (
        <li key={person.id} onClick={() => onPick(person.id)}>
          {person.full_name} — {person.role}
        </li>
      ))}
    </ul>
  );
}
