export interface Lamp {
  id: number;
  name: string;
  wattage: number;
  rangeNm: number;
  lit: boolean;
}

export interface Keeper {
  id: number;
  name: string;
  station: string;
}

export interface NewShift {
  keeperId: number;
  start: string;
  hours?: number;
}

export interface Shift extends NewShift {
  id: number;
}
