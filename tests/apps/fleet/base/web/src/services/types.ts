export interface Vehicle {
  id: number;
  plate: string;
  model: string;
  active: boolean;
  odometerKm: number;
}

export interface Trip {
  id: number;
  vehicleId: number;
  destination: string;
  startedAt: string;
}

export interface Driver {
  id: number;
  name: string;
  phone: string;
  licence: string;
}
