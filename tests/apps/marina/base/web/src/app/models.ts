export interface Berth {
  id: number;
  code: string;
  length: number;
  pier: string;
  occupiedBy: string | null;
}

export interface Visit {
  id: number;
  berthId: number;
  vessel: string;
  arrivedAt: string;
  nights: number;
  paid: boolean;
  total: number;
}

export interface NewVisit {
  berthId: number;
  vessel: string;
  nights?: number;
}

export interface Receipt {
  visitId: number;
  paidAmount: number;
  balance: number;
}
