export interface ToolRow {
  id: number;
  name: string;
  category: string;
  dailyRate: number;
  available: boolean;
  condition: string;
}

export interface LoanRow {
  id: number;
  toolId: number;
  member: string;
  startsOn: string;
  days: number;
  returned: boolean;
}

export const tools: ToolRow[] = [
  { id: 1, name: 'Drill', category: 'power', dailyRate: 8, available: true, condition: 'good' },
  { id: 2, name: 'Ladder', category: 'access', dailyRate: 5, available: true, condition: 'worn' },
];

export const loans: LoanRow[] = [];

export function findTool(id: number): ToolRow | undefined {
  return tools.find((t) => t.id === id);
}
