import { useQuery } from '@tanstack/react-query';
import { recipeQuery } from '../queries';

export function useRecipe(id: number) {
  return useQuery(recipeQuery(id));
}
