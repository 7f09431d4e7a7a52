export interface VehicleRow {
  id: number;
  plate: string;
  model: string;
  active: boolean;
  odometer_km: number;
}

export interface TripRow {
  id: number;
  vehicle_id: number;
  destination: string;
  started_at: string;
}

export interface DriverRow {
  id: number;
  full_name: string;
  phone: string;
  licence: string;
}

export const vehicles: VehicleRow[] = [];
export const trips: TripRow[] = [];
export const drivers: DriverRow[] = [];
