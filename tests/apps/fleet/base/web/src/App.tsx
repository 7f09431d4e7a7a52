import { DriverLookup } from './components/DriverLookup';
import { TripSearch } from './components/TripSearch';
import { VehicleList } from './components/VehicleList';

export function App() {
  return (
    <main>
      <VehicleList />
      <TripSearch />
      <DriverLookup />
    </main>
  );
}
