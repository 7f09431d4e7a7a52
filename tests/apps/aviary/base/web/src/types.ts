export interface Bird {
  id: number;
  name: string;
  species: string;
  wingspan_cm: number;
  ringed: boolean;
}

export interface Sighting {
  id: number;
  bird_id: number;
  place: string;
  count: number;
  notes: string;
}
