import { useEffect, useState } from 'react';

import { forge } from '../api/client';
import type { Machine } from '../types';

export function MachineList() {
  const [machines, setMachines] = useState<Machine[]>([]);

  useEffect(() => {
    forge.machines().then(setMachines);
  }, []);

  async function rename(machine: Machine, name: string) {
    const updated = await forge.updateMachine(machine.id, { name });
    setMachines((all) => all.map((m) => (m.id === updated.id ? updated : m)));
  }

  return (
    <ul>
      {machines.map((machine) => (
        <li key={machine.id}>
          {machine.name} ({machine.kind}): {machine.hoursLeft} h free
          <button onClick={() => rename(machine, `${machine.name} *`)}>Mark</button>
        </li>
      ))}
    </ul>
  );
}
