import fp from 'fastify-plugin';

export default fp(async (fastify) => {
  fastify.get('/api/health', async () => ({ ok: true, uptime: process.uptime() }));
});
