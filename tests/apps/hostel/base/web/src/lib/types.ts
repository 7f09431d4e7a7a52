export interface Room {
  id: number;
  name: string;
  beds: number;
  price: number;
}

export interface Booking {
  id: number;
  room: string;
  guest: string;
  nights: number;
  checked_in: boolean;
}
