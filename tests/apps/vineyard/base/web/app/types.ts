export interface VineSummary {
  id: number;
  grape: string;
  row: number;
}

export interface Vine {
  id: number;
  grape: string;
  brix: number;
  potentialAbv: number;
}

export interface Harvest {
  id: number;
  yieldKg: number;
  harvestedOn: string;
}

export interface Tasting {
  id: number;
  wine: string;
  score: number;
}
