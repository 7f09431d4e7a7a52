import { useState } from 'react';

import { forge } from '../api/client';

export function NewJobForm() {
  const [part, setPart] = useState('');
  const [quantity, setQuantity] = useState(1);
  const [created, setCreated] = useState('');

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const job = await forge.createJob({ part, quantity });
    setCreated(`#${job.id} on ${job.machine}`);
  }

  return (
    <form onSubmit={submit}>
      <input value={part} onChange={(e) => setPart(e.target.value)} placeholder="Part" />
      <input type="number" value={quantity} onChange={(e) => setQuantity(Number(e.target.value))} />
      <button type="submit">Queue</button>
      {created}
    </form>
  );
}
