export interface Tree {
  id: number;
  variety: string;
  row: number;
  planted: string;
  pruned: boolean;
}

export interface Harvest {
  id: number;
  tree_id: number;
  kilos: number;
  picker: string;
}
