export interface Ring {
  id: number;
  code: string;
  species: string;
  wingMm: number;
  wingIndex: number;
  ringer: string;
}

export interface Recovery {
  place: string;
  date: string;
}

export interface Sighting {
  species: string;
  site: string;
  count: number;
}

export interface NewRing {
  code: string;
  species: string;
  wingMm: number;
  massG?: number;
}
