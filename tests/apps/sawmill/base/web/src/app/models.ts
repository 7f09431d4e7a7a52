export interface Log {
  id: number;
  species: string;
  length_m: string;
  diameter_cm: number;
  grade: string;
  felled_on: string;
  milled: boolean;
  board_feet: number;
}

export interface CutOrder {
  id: number;
  log: number;
  thickness_mm: number;
  boards: number;
  customer: string;
  created_at: string;
}

export interface NewCutOrder {
  log: number;
  thickness_mm: number;
  boards?: number;
}
