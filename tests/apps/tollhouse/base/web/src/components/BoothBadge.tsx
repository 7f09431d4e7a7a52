import { useEffect, useState } from 'react';
import { fetchBooth } from '../booths';

export function BoothBadge({ id }: { id: number }) {
  const [booth, setBooth] = useState<Awaited<ReturnType<typeof fetchBooth>> | null>(null);

  useEffect(() => {
    fetchBooth(id).then(setBooth);
  }, [id]);

  if (!booth || 'error' in booth) return null;
  return <span>{booth.road}</span>;
}
