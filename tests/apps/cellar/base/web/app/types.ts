export interface Wine {
  id: number;
  name: string;
  vintage: number;
  pairing: string;
}

export interface Uncorked {
  id: number;
  glasses: number;
  openedAt: string;
}

export interface Rack {
  id: string;
  humidity: number;
}
