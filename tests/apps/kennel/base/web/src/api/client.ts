import type { Booking, CheckIn, Dog, DogDetail, NewBooking } from './types';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export class ApiError extends Error {
  constructor(public readonly status: number, message: string) {
    super(message);
  }
}

export class KennelClient {
  constructor(private readonly baseUrl: string) {}

  private async request<T>(method: Method, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) {
      throw new ApiError(response.status, await response.text());
    }
    return response.status === 204 ? (undefined as T) : ((await response.json()) as T);
  }

  listDogs(): Promise<Dog[]> {
    return this.request<Dog[]>('GET', '/dogs/');
  }

  getDog(dogId: number): Promise<DogDetail> {
    return this.request<DogDetail>('GET', `/dogs/${dogId}`);
  }

  checkIn(dogId: number, kennelNumber: number): Promise<CheckIn> {
    return this.request<CheckIn>('POST', `/dogs/${dogId}/check-in`, { kennel_number: kennelNumber });
  }

  checkOut(dogId: number): Promise<void> {
    return this.request<void>('POST', `/dogs/${dogId}/check-out`);
  }

  listBookings(): Promise<Booking[]> {
    return this.request<Booking[]>('GET', '/bookings/');
  }

  createBooking(booking: NewBooking): Promise<Booking> {
    return this.request<Booking>('POST', '/bookings/', booking);
  }

  cancelBooking(bookingId: number): Promise<void> {
    return this.request<void>('DELETE', `/bookings/${bookingId}`);
  }
}

export const kennel = new KennelClient(import.meta.env.VITE_API_URL ?? '/api');
