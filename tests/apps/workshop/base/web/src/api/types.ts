export interface ToolSummary {
  id: number;
  name: string;
  category: string;
  dailyRate: number;
  available: boolean;
}

export interface ToolDetail extends ToolSummary {
  condition: string;
}

export interface Loan {
  id: number;
  toolId: number;
  toolName: string;
  member: string;
  startsOn: string;
  days: number;
  cost: number;
}

export interface NewLoan {
  toolId: number;
  member: string;
  startsOn: string;
  days?: number;
}
