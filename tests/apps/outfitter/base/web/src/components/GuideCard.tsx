import { useEffect, useState } from 'react';
import { fetchGuide } from '../guides';

export function GuideCard({ id }: { id: number }) {
  const [guide, setGuide] = useState<Awaited<ReturnType<typeof fetchGuide>> | null>(null);

  useEffect(() => {
    fetchGuide(id).then(setGuide);
  }, [id]);

  if (!guide || 'error' in guide) return null;
  return <p>{guide.name} speaks {guide.languages.join(', ')}</p>;
}
