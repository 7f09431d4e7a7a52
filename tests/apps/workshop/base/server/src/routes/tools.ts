import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

import { findTool, tools } from '../db.js';
import { ToolDetail, ToolParams, ToolSummary } from '../schemas/tool.js';

const toolRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.get('/', {
    schema: {
      querystring: Type.Object({ category: Type.Optional(Type.String()) }),
      response: { 200: Type.Array(ToolSummary) },
    },
  }, async (request) => {
    const { category } = request.query;
    return category ? tools.filter((t) => t.category === category) : tools;
  });

  fastify.get('/:id', {
    schema: { params: ToolParams, response: { 200: ToolDetail } },
  }, async (request, reply) => {
    const tool = findTool(request.params.id);
    if (!tool) return reply.code(404).send({ message: 'not found' });
    return tool;
  });
};

export default toolRoutes;
