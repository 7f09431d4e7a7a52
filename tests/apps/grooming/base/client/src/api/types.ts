export type BookingStatus = 'requested' | 'confirmed' | 'done';

export interface Booking {
  id: number;
  petName: string;
  groomerName: string | null;
  startsAt: string;
  status: BookingStatus;
}

export interface BookingPage {
  items: Booking[];
  total: number;
}

export interface Groomer {
  id: number;
  name: string;
  specialty: string;
}

export interface NewBooking {
  petName: string;
  groomerId: number;
  startsAt: string;
}
