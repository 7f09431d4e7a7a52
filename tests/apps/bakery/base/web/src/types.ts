export interface Cake {
  id: number;
  name: string;
  price: number;
  vegan: boolean;
}

export interface Order {
  id: number;
  cake: string;
  quantity: number;
  note: string;
  collected: boolean;
  total: number;
}
