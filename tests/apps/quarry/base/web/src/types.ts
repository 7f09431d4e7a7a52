export interface Block {
  id: number;
  stone: string;
  weightKg: number;
  grade: string;
}

export interface Split {
  id: number;
  pieces: number;
  pieceKg: number;
}

export interface Order {
  id: number;
  blockId: number;
  customer: string;
  status: string;
}

export interface OrderForm {
  blockId: string;
  customer: string;
  note: string;
}
