import { queryOptions } from '@tanstack/react-query';
import { fetchRecipe, fetchRecipes } from './api/recipes';

export const recipesQuery = () =>
  queryOptions({
    queryKey: ['recipes'],
    queryFn: () => fetchRecipes(),
  });

export const recipeQuery = (id: number) =>
  queryOptions({
    queryKey: ['recipes', id],
    queryFn: () => fetchRecipe(id),
  });
