export const Job = {
  type: 'object',
  additionalProperties: false,
  properties: {
    id: { type: 'integer' },
    part: { type: 'string' },
    quantity: { type: 'integer' },
    machine: { type: 'string' },
    dueOn: { type: 'string', format: 'date' },
    status: { type: 'string' },
  },
};

export const NewJob = {
  type: 'object',
  required: ['part', 'quantity'],
  properties: {
    part: { type: 'string', minLength: 1 },
    quantity: { type: 'integer', minimum: 1 },
    machine: { type: 'string' },
    dueOn: { type: 'string', format: 'date' },
  },
};

export const MachinePatch = {
  type: 'object',
  required: [],
  properties: {
    name: { type: 'string' },
    hoursPerDay: { type: 'integer', minimum: 1, maximum: 24 },
  },
};
