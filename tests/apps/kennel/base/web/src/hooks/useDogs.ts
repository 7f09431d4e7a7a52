import { kennel } from '../api/client';
import { useAsync } from './useAsync';

export function useDogs() {
  return useAsync(() => kennel.listDogs(), []);
}

export function useDog(dogId: number) {
  return useAsync(() => kennel.getDog(dogId), [dogId]);
}
