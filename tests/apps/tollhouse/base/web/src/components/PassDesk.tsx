import { useState } from 'react';
import { buyPass, checkToll, revokePass } from '../passes';

export function PassDesk() {
  const [message, setMessage] = useState('');

  async function buyWeek() {
    const pass = await buyPass({ vehicle: 'car', days: 7 });
    if ('id' in pass) setMessage(`Pass ${pass.id} for ${pass.price} €`);
  }

  async function check(plate: string) {
    const toll = await checkToll(plate);
    setMessage(toll.covered ? 'covered' : `${toll.amount} € due`);
  }

  return (
    <section>
      <p>{message}</p>
      <button onClick={buyWeek}>Buy a week</button>
      <button onClick={() => check('HH-TL 42')}>Check HH-TL 42</button>
      <button onClick={() => revokePass(1)}>Revoke pass 1</button>
    </section>
  );
}
