import { useGetVehiclesQuery } from '../services/api';

interface Props {
  id: number;
}

export function VehicleBadge({ id }: Props) {
  const { vehicle } = useGetVehiclesQuery(undefined, {
    selectFromResult: ({ data }) => ({ vehicle: data?.find((v) => v.id === id) }),
  });
  if (!vehicle) {
    return null;
  }
  return <span className="badge">{vehicle.plate}</span>;
}
