export interface Item {
  id: number;
  name: string;
  category: string;
  priceCents: number;
  stock: number;
}

export interface Order {
  id: number;
  itemId: number;
  quantity: number;
  boat: string;
  totalCents: number;
  status: string;
}

export interface NewOrder {
  itemId: number;
  quantity: number;
  boat?: string;
}
