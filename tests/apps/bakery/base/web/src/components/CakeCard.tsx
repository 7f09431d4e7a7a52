import type { Cake } from '../types';

interface Props {
  cake: Cake;
  onOrder: (cake: Cake) => void;
}

export function CakeCard({ cake, onOrder }: Props) {
  return (
    <li>
      <strong>{cake.name}</strong> {(cake.price / 100).toFixed(2)}
      {cake.vegan && <em> vegan</em>}
      <button onClick={() => onOrder(cake)}>Order</button>
    </li>
  );
}
