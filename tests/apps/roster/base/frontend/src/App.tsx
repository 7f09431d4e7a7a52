import { useState } from 'react';
import { ShiftBoard } from './features/shifts/ShiftBoard';
import { StaffList } from './features/staff/StaffList';

export function App() {
  const [staffId, setStaffId] = useState(0);
  return (
    <main>
      <StaffList onPick={setStaffId} />
      <ShiftBoard staffId={staffId} />
    </main>
  );
}
