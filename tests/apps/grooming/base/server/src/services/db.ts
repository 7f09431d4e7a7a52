export interface BookingRow {
  id: number;
  pet_name: string;
  groomer_id: number;
  starts_at: string;
  status: 'requested' | 'confirmed' | 'done';
  confirmed_at: string | null;
}

export interface GroomerRow {
  id: number;
  name: string;
  specialty: string;
}

export interface Db {
  bookings: BookingRow[];
  groomers: GroomerRow[];
  close(): void;
}

export function openDb(_path: string): Db {
  return { bookings: [], groomers: [], close() {} };
}
