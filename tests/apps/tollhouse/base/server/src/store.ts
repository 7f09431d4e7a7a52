export interface Booth {
  id: number;
  road: string;
  lanes: number;
  open: boolean;
}

export interface Pass {
  id: number;
  plate: string;
  vehicle: 'car' | 'van' | 'truck';
  days: number;
}

export const BOOTHS: Booth[] = [
  { id: 1, road: 'A9', lanes: 6, open: true },
  { id: 2, road: 'B17', lanes: 2, open: false },
];

export const PASSES: Pass[] = [];
