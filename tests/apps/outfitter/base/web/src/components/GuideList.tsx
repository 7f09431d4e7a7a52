import { useEffect, useState } from 'react';
import { fetchGuides, type Guide } from '../guides';

export function GuideList() {
  const [guides, setGuides] = useState<Guide[]>([]);

  useEffect(() => {
    fetchGuides().then(setGuides);
  }, []);

  return (
    <ul>
      {guides.map((guide) => (
        <li key={guide.id}>
          {guide.name} ({guide.grade}), {guide.dayRate} € a day
        </li>
      ))}
    </ul>
  );
}
