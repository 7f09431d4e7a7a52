import { useEffect, useState } from 'react';
import { fetchTags } from '../notes';

export function TagCloud() {
  const [tags, setTags] = useState<{ name: string; count: number }[]>([]);

  useEffect(() => {
    fetchTags().then(setTags);
  }, []);

  return (
    <p>
      {tags.map((tag) => (
        <span key={tag.name}>#{tag.name} ({tag.count}) </span>
      ))}
    </p>
  );
}
