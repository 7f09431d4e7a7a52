import { useGetVehiclesQuery } from '../services/api';

export function ActiveCount() {
  const { active, isLoading } = useGetVehiclesQuery(undefined, {
    selectFromResult: ({ data, isLoading }) => ({
      active: data?.filter((v) => v.active) ?? [],
      isLoading,
    }),
  });
  if (isLoading) {
    return null;
  }
  return <p>{active.length} on the road: {active.map((v) => v.plate).join(', ')}</p>;
}
