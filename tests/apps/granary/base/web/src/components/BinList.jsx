import { useEffect, useState } from 'react';
import { api } from '../api/client';

export function BinList() {
  const [bins, setBins] = useState([]);

  useEffect(() => {
    api.bins().then(setBins);
  }, []);

  return (
    <table>
      <tbody>
        {bins.map((grainBin) => (
          <tr key={grainBin.id}>
            <td>{grainBin.grain}</td>
            <td>{grainBin.fillTonnes} t</td>
            <td>{grainBin.moisture} %</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
