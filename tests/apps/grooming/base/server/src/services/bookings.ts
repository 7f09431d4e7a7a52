import type { BookingRow, Db } from './db.js';

export interface NewBooking {
  petName: string;
  groomerId: number;
  startsAt: string;
}

export function toBookingDto(db: Db, row: BookingRow) {
  const groomer = db.groomers.find((g) => g.id === row.groomer_id);
  return {
    id: row.id,
    petName: row.pet_name,
    groomerName: groomer ? groomer.name : null,
    startsAt: row.starts_at,
    status: row.status,
  };
}

export function listBookings(db: Db) {
  return db.bookings.map((row) => toBookingDto(db, row));
}

export function findBooking(db: Db, id: number) {
  const row = db.bookings.find((b) => b.id === id);
  return row ? toBookingDto(db, row) : null;
}

export function createBooking(db: Db, input: NewBooking) {
  const row: BookingRow = {
    id: db.bookings.length + 1,
    pet_name: input.petName,
    groomer_id: input.groomerId,
    starts_at: input.startsAt,
    status: 'requested',
    confirmed_at: null,
  };
  db.bookings.push(row);
  return toBookingDto(db, row);
}

export function confirmBooking(db: Db, id: number) {
  const row = db.bookings.find((b) => b.id === id);
  if (!row) {
    return null;
  }
  row.status = 'confirmed';
  row.confirmed_at = new Date().toISOString();
  return row;
}
