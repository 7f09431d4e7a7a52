import { useState } from 'react';
import { api } from '../api/client';

export function DeliveryForm() {
  const [binId, setBinId] = useState(1);
  const [tonnes, setTonnes] = useState(25);

  async function submit(event) {
    event.preventDefault();
    await api.bookDelivery({ binId, tonnes });
  }

  return (
    <form onSubmit={submit}>
      <input type="number" value={binId} onChange={(e) => setBinId(Number(e.target.value))} />
      <input type="number" value={tonnes} onChange={(e) => setTonnes(Number(e.target.value))} />
      <button type="submit">Book delivery</button>
    </form>
  );
}
