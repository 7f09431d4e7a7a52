export interface Dog {
  id: number;
  name: string;
  breed: string;
  owner_name: string;
  checked_in: boolean;
}

export interface DogDetail extends Dog {
  feeding_notes: string;
  owner_phone: string;
}

export interface CheckIn {
  dog_id: number;
  kennel_number: number;
  checked_in_at: string;
}

export interface Booking {
  id: number;
  dog_id: number;
  dog_name: string;
  starts_on: string;
  ends_on: string;
  grooming: boolean;
  nights: number;
}

export interface NewBooking {
  dog_id: number;
  starts_on: string;
  ends_on: string;
  grooming?: boolean;
}
