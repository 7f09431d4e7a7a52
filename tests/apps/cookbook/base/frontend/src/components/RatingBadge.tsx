import { useQuery } from '@tanstack/react-query';
import { fetchRating } from '../api/recipes';
import { useRateRecipe } from '../hooks/useRateRecipe';

export function RatingBadge({ recipeId }: { recipeId: number }) {
  const { data: rating } = useQuery({
    queryKey: ['rating', recipeId],
    queryFn: () => fetchRating(recipeId),
  });
  const rate = useRateRecipe(recipeId);

  return (
    <div>
      {rating ? `${rating.average} ★ (${rating.count})` : '–'}
      {[1, 2, 3, 4, 5].map((stars) => (
        <button key={stars} disabled={rate.isPending} onClick={() => rate.mutate(stars)}>
          {stars}
        </button>
      ))}
    </div>
  );
}
