import { useQuery } from '@tanstack/react-query';
import { formatMinutes } from '../lib/format';
import { recipesQuery } from '../queries';

export function RecipeList({ onSelect }: { onSelect: (id: number) => void }) {
  const { data: recipes = [], isPending } = useQuery(recipesQuery());

  if (isPending) {
    return <p>Loading recipes…</p>;
  }
  return (
    <ul>
      {recipes.map((recipe) => (
        <li key={recipe.id} onClick={() => onSelect(recipe.id)}>
          {recipe.title} · {formatMinutes(recipe.cook_minutes)}
        </li>
      ))}
    </ul>
  );
}
