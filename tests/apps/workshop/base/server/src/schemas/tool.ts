import { Type, type Static } from '@sinclair/typebox';

export const ToolSummary = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  category: Type.String(),
  dailyRate: Type.Number(),
  available: Type.Boolean(),
});

export const ToolDetail = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  category: Type.String(),
  dailyRate: Type.Number(),
  available: Type.Boolean(),
  condition: Type.String(),
});

export const ToolParams = Type.Object({ id: Type.Integer() });

export type ToolSummaryType = Static<typeof ToolSummary>;
