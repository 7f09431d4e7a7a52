import { jobs, machineFor } from '../db.js';
import { Job, NewJob } from '../schemas.js';

export default async function jobRoutes(fastify) {
  fastify.get('/', { schema: { response: { 200: { type: 'array', items: Job } } } }, async () => jobs);

  fastify.post('/', { schema: { body: NewJob, response: { 201: Job } } }, async (request, reply) => {
    const { part, quantity, machine, dueOn } = request.body;
    const job = {
      id: jobs.length + 1,
      part,
      quantity,
      machine: machine ?? machineFor(part),
      dueOn: dueOn ?? null,
      status: 'queued',
      hours: quantity / 2,
    };
    jobs.push(job);
    return reply.code(201).send(job);
  });

  fastify.post('/:id/start', {
    schema: {
      params: { type: 'object', properties: { id: { type: 'integer' } } },
      body: {
        type: 'object',
        required: ['operator'],
        properties: { operator: { type: 'string' }, shift: { type: 'string' } },
      },
    },
  }, async (request) => {
    const job = jobs.find((j) => j.id === request.params.id);
    job.status = 'running';
    job.operator = request.body.operator;
    return { id: job.id, status: job.status, startedBy: job.operator };
  });
}
