import { useEffect, useState } from 'react';
import { fetchBooths } from '../booths';

type Booth = Awaited<ReturnType<typeof fetchBooths>>[number];

export function BoothList() {
  const [booths, setBooths] = useState<Booth[]>([]);

  useEffect(() => {
    fetchBooths().then(setBooths);
  }, []);

  return (
    <ul>
      {booths.map((booth) => (
        <li key={booth.id}>
          {booth.road}: {booth.lanes} lanes {booth.open ? 'open' : 'closed'}
        </li>
      ))}
    </ul>
  );
}
