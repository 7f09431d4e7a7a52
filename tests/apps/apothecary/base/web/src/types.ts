export interface Remedy {
  id: number;
  name: string;
  stockMg: number;
  mgPerKg: number;
}

export interface Dose {
  remedy: string;
  dailyMg: number;
}

export interface OrderInput {
  remedy_id: number;
  patient: string;
  note?: string;
}

export interface Order {
  id: number;
  status: string;
}
