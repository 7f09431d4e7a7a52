import { request } from './http';
import type { Booking, BookingPage, BookingStatus, NewBooking } from './types';

export function fetchBookings(): Promise<BookingPage> {
  return request<BookingPage>('/bookings');
}

export function postBooking(input: NewBooking): Promise<Booking> {
  return request<Booking>('/bookings', { method: 'POST', body: JSON.stringify(input) });
}

export function postConfirm(id: number): Promise<{ id: number; status: BookingStatus }> {
  return request(`/bookings/${id}/confirm`, { method: 'POST' });
}
