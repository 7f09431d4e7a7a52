import { useEffect, useState } from 'react';
import { api } from '../api/client';

export function BinDetail({ binId }) {
  const [grainBin, setGrainBin] = useState(null);

  useEffect(() => {
    api.bin(binId).then(setGrainBin);
  }, [binId]);

  async function aerate() {
    setGrainBin(await api.aerate(binId, 0.5));
  }

  if (!grainBin) return null;
  return (
    <section>
      <h2>Bin {grainBin.id}: {grainBin.grain}</h2>
      <p>Drying time left: {grainBin.dryingHours} h</p>
      <button onClick={aerate}>Aerate</button>
    </section>
  );
}
