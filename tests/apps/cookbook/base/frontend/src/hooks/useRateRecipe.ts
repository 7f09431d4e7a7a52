import { useMutation, useQueryClient } from '@tanstack/react-query';
import { rateRecipe } from '../api/recipes';

export function useRateRecipe(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (stars: number) => rateRecipe(id, stars),
    onSuccess: (rating) => {
      queryClient.setQueryData(['rating', id], rating);
    },
  });
}
