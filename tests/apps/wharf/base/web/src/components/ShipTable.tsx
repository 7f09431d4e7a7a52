import { useEffect, useState } from 'react';
import { depart, listShips } from '../api/ships';
import type { Ship } from '../api/schema';
import { flagEmoji, metres } from '../format';

export function ShipTable() {
  const [ships, setShips] = useState<Ship[]>([]);

  useEffect(() => {
    listShips().then(setShips);
  }, []);

  return (
    <table>
      <tbody>
        {ships.map((ship) => (
          <tr key={ship.id}>
            <td>{flagEmoji(ship.flag)} {ship.name}</td>
            <td>{metres(ship.draftM)}</td>
            <td>{ship.tonnage} GT</td>
            <td><button onClick={() => depart(ship.id)}>Depart</button></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
