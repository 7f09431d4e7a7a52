import { useEffect, useState } from 'react';
import { listBerths, moor } from '../api/berths';
import { registerShip } from '../api/ships';
import type { Berth } from '../api/schema';
import { metres } from '../format';

export function Arrivals() {
  const [berths, setBerths] = useState<Berth[]>([]);

  useEffect(() => {
    listBerths().then(setBerths);
  }, []);

  async function arrive(berthId: number) {
    const ship = await registerShip({ name: 'Skarv', length: 88, beam: 14 });
    if (ship) await moor(berthId, ship.id);
  }

  return (
    <ul>
      {berths.map((berth) => (
        <li key={berth.id}>
          {berth.quay} quay, {metres(berth.depthM)}
          <button onClick={() => arrive(berth.id)}>Moor here</button>
        </li>
      ))}
    </ul>
  );
}
