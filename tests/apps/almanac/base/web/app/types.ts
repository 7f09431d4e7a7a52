export interface TideTable {
  station: string;
  highWater: string;
  lowWater: string;
  rangeM: number;
  moonAge: number;
}

export interface Sighting {
  id: number;
  species: string;
  count: number;
  observer: string;
}

export interface NewSighting {
  species: string;
  count?: number;
  observer?: string;
}
