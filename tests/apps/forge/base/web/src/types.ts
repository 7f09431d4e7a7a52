export interface Job {
  id: number;
  part: string;
  quantity: number;
  machine: string;
  dueOn: string | null;
  status: string;
}

export interface NewJob {
  part: string;
  quantity: number;
  machine?: string;
  dueOn?: string;
}

export interface Started {
  id: number;
  status: string;
  startedBy: string;
}

export interface Machine {
  id: number;
  name: string;
  kind: string;
  hoursLeft: number;
}

export interface MachinePatch {
  name?: string;
  hoursPerDay?: number;
}
