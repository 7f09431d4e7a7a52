export interface Crossing {
  id: number;
  port: string;
  departs: string;
  seats_left: number;
}

export interface Ticket {
  id: number;
  crossing_id: number;
  passenger: string;
  vehicle: string | null;
  boarded: boolean;
}
