import { useDogs } from '../hooks/useDogs';
import DogCard from './DogCard';

export default function DogList({ onOpen }: { onOpen: (id: number) => void }) {
  const { data: dogs = [], loading } = useDogs();
  if (loading) return <p>Loading…</p>;
  return (
    <ul>
      {dogs.map((dog) => (
        <DogCard key={dog.id} dog={dog} onOpen={onOpen} />
      ))}
    </ul>
  );
}
