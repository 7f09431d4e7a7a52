export interface Plant {
  id: number;
  name: string;
  genus: string;
  price: number;
  in_stock: number;
}

export interface Order {
  id: number;
  plant_id: number;
  quantity: number;
  total: number;
  gift_note: string;
}
