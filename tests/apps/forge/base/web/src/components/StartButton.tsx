import { useState } from 'react';

import { forge } from '../api/client';

export function StartButton({ jobId }: { jobId: number }) {
  const [operator, setOperator] = useState('');
  const [note, setNote] = useState('');

  async function start() {
    const started = await forge.startJob(jobId, { operator });
    setNote(`started by ${started.startedBy}`);
  }

  return (
    <span>
      <input value={operator} onChange={(e) => setOperator(e.target.value)} placeholder="Operator" />
      <button onClick={start}>Start</button>
      {note}
    </span>
  );
}
