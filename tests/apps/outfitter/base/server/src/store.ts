export interface Guide {
  id: number;
  name: string;
  grade: string;
  languages: string[];
  dayRate: number;
}

export interface Trip {
  id: number;
  guideId: number;
  peak: string;
  date: string;
  climbers: number;
  gearList: string[];
}

export const GUIDES: Guide[] = [
  { id: 1, name: 'Ines', grade: 'IFMGA', languages: ['de', 'en'], dayRate: 620 },
  { id: 2, name: 'Tomas', grade: 'aspirant', languages: ['cs', 'en'], dayRate: 410 },
];

export const TRIPS: Trip[] = [];
