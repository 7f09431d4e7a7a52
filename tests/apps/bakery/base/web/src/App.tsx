import { useEffect, useState } from 'preact/hooks';
import { addCake, listCakes, placeOrder } from './api';
import { CakeCard } from './components/CakeCard';
import { Orders } from './components/Orders';
import type { Cake } from './types';

export function App() {
  const [cakes, setCakes] = useState<Cake[]>([]);
  const [message, setMessage] = useState('');

  useEffect(() => {
    listCakes().then(setCakes);
  }, []);

  async function order(cake: Cake) {
    const placed = await placeOrder(cake.id, 1);
    setMessage(`Order ${placed.id} placed for ${placed.cake}`);
  }

  async function add() {
    const cake = await addCake('Victoria sponge', 2000);
    setCakes([...cakes, cake]);
  }

  return (
    <main>
      <p>{message}</p>
      <ul>{cakes.map((cake) => <CakeCard key={cake.id} cake={cake} onOrder={order} />)}</ul>
      <button onClick={add}>Add a cake</button>
      <Orders />
    </main>
  );
}
