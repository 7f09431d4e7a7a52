import { useGetVehiclesQuery } from '../services/api';
import { ActiveCount } from './ActiveCount';
import { VehicleBadge } from './VehicleBadge';

export function VehicleList() {
  const { data: vehicles = [], isLoading } = useGetVehiclesQuery();
  if (isLoading) {
    return <p>Loading…</p>;
  }
  return (
    <section>
      <ActiveCount />
      <ul>
        {vehicles.map((vehicle) => (
          <li key={vehicle.id}>
            {vehicle.model} <VehicleBadge id={vehicle.id} />
          </li>
        ))}
      </ul>
    </section>
  );
}
