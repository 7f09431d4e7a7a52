import { kennel } from '../api/client';
import { useAsync } from './useAsync';

export function useBookings() {
  return useAsync(() => kennel.listBookings(), []);
}
