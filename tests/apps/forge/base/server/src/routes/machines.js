import { hoursLeft, jobs, machines } from '../db.js';
import { MachinePatch } from '../schemas.js';

function toMachine(machine) {
  return { id: machine.id, name: machine.name, kind: machine.kind, hoursLeft: hoursLeft(machine, jobs) };
}

export default async function machineRoutes(fastify) {
  fastify.get('/', async () => machines.map(toMachine));

  fastify.route({
    method: 'PATCH',
    url: '/:id',
    schema: { body: MachinePatch },
    handler: async (request) => {
      const machine = machines.find((m) => m.id === Number(request.params.id));
      Object.assign(machine, request.body);
      return toMachine(machine);
    },
  });
}
