import { useRecipe } from '../hooks/useRecipe';
import { formatMinutes } from '../lib/format';
import { IngredientList } from './IngredientList';
import { RatingBadge } from './RatingBadge';

export function RecipePage({ recipeId }: { recipeId: number }) {
  const { data: recipe, error } = useRecipe(recipeId);

  if (error) {
    return <p role="alert">{error.message}</p>;
  }
  if (!recipe) {
    return null;
  }
  return (
    <article>
      <h1>{recipe.title}</h1>
      <p>
        {formatMinutes(recipe.cook_minutes)} · serves {recipe.servings}
      </p>
      <RatingBadge recipeId={recipe.id} />
      <IngredientList ingredients={recipe.ingredients} />
      <ol>
        {recipe.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </article>
  );
}
