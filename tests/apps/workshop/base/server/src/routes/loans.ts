import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';

import { findTool, loans, type LoanRow } from '../db.js';
import { Loan, LoanParams, NewLoan } from '../schemas/loan.js';

function toLoan(row: LoanRow) {
  const tool = findTool(row.toolId)!;
  return { ...row, toolName: tool.name, cost: tool.dailyRate * row.days };
}

const loanRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.get('/', { schema: { response: { 200: Type.Array(Loan) } } }, async () =>
    loans.filter((l) => !l.returned).map(toLoan),
  );

  fastify.post('/', { schema: { body: NewLoan, response: { 201: Loan } } }, async (request, reply) => {
    const { toolId, member, startsOn, days = 1 } = request.body;
    const row: LoanRow = { id: loans.length + 1, toolId, member, startsOn, days, returned: false };
    loans.push(row);
    findTool(toolId)!.available = false;
    return reply.code(201).send(toLoan(row));
  });

  fastify.post('/:id/return', {
    schema: { params: LoanParams, response: { 200: Type.Object({ id: Type.Integer(), lateDays: Type.Integer() }) } },
  }, async (request) => {
    const loan = loans.find((l) => l.id === request.params.id)!;
    loan.returned = true;
    findTool(loan.toolId)!.available = true;
    return { id: loan.id, lateDays: 0 };
  });
};

export default loanRoutes;
