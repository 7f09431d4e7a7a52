import { Type } from '@sinclair/typebox';

export const Loan = Type.Object({
  id: Type.Integer(),
  toolId: Type.Integer(),
  toolName: Type.String(),
  member: Type.String(),
  startsOn: Type.String({ format: 'date' }),
  days: Type.Integer(),
  cost: Type.Number(),
});

export const NewLoan = Type.Object({
  toolId: Type.Integer(),
  member: Type.String(),
  startsOn: Type.String({ format: 'date' }),
  days: Type.Optional(Type.Integer({ minimum: 1 })),
});

export const LoanParams = Type.Object({ id: Type.Integer() });
