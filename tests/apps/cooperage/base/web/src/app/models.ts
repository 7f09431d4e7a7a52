export interface Barrel {
  id: number;
  wood: string;
  litres: number;
  toast: string;
  toastMinutes: number;
}

export interface Order {
  id: number;
  barrelId: number;
  winery: string;
  engraving: string;
}

export interface NewOrder {
  barrelId: number;
  winery: string;
  engraving?: string;
}
