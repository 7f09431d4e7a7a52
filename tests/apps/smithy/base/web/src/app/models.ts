export interface Tool {
  id: number;
  name: string;
  steel: string;
  edgeAngle: number;
  hardness: number;
}

export interface NewOrder {
  toolId: number;
  quantity: number;
  customer: string;
}

export interface Order extends NewOrder {
  id: number;
  status: string;
}
