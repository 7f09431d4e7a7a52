export interface Hive {
  id: number;
  name: string;
  queen: string;
  frames: number;
  harvestedKg: number;
}

export interface Inspection {
  id: number;
  hiveId: number;
  note: string;
  inspector: string;
  at: Date;
}

export const HIVES: Hive[] = [
  { id: 1, name: 'Linden', queen: 'Carniolan', frames: 10, harvestedKg: 12 },
  { id: 2, name: 'Clover', queen: 'Buckfast', frames: 8, harvestedKg: 7 },
];

export const INSPECTIONS: Inspection[] = [];

let last = 2;

export function nextId(): number {
  last += 1;
  return last;
}
