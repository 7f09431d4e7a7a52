import { useEffect, useState } from 'react';
import { getShip, setDraft } from '../api/ships';
import type { Ship } from '../api/schema';

export function ShipPanel({ shipId }: { shipId: number }) {
  const [ship, setShip] = useState<Ship | undefined>();

  useEffect(() => {
    getShip(shipId).then(setShip);
  }, [shipId]);

  if (!ship) return null;
  return (
    <section>
      <h2>{ship.name}</h2>
      <p>Berth {ship.berth ?? 'none'}</p>
      <button onClick={() => setDraft(ship.id, 6.5)}>Draft 6.5 m</button>
    </section>
  );
}
