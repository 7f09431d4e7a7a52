import type { Dog } from '../api/types';

interface Props {
  dog: Dog;
  onOpen: (id: number) => void;
}

export default function DogCard({ dog, onOpen }: Props) {
  return (
    <li className={dog.checked_in ? 'dog in' : 'dog'}>
      <button onClick={() => onOpen(dog.id)}>{dog.name}</button>
      <span>{dog.breed}</span>
      <small>{dog.owner_name}</small>
    </li>
  );
}
