export const machines = [
  { id: 1, name: 'Haas VF-2', kind: 'mill', hoursPerDay: 16 },
  { id: 2, name: 'Mazak QT-200', kind: 'lathe', hoursPerDay: 12 },
];

export const jobs = [
  { id: 1, part: 'flange-40', quantity: 12, machine: 'Haas VF-2', dueOn: '2026-12-10', status: 'queued', hours: 6 },
];

export function machineFor(part) {
  return part.startsWith('shaft') ? 'Mazak QT-200' : 'Haas VF-2';
}

export function hoursLeft(machine, queued) {
  const booked = queued.filter((j) => j.machine === machine.name && j.status !== 'done');
  return machine.hoursPerDay - booked.reduce((sum, j) => sum + j.hours, 0);
}
