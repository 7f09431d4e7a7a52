export const BOATS = [
  { id: 1, name: 'Petrel', skipper: 'Ines', speedMs: 4.2, crew: [{ name: 'Bo', role: 'trimmer' }] },
  { id: 2, name: 'Gannet', skipper: 'Olu', speedMs: 3.9, crew: [{ name: 'Kai', role: 'bowman' }] },
];

export const RACES = [
  { id: 1, name: 'Harbour Cup', course: 'windward-leeward', finishes: [] },
];
