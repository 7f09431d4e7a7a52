import { useEffect, useState } from 'preact/hooks';
import { cancelOrder, collectOrder, listOrders } from '../api';
import type { Order } from '../types';

export function Orders() {
  const [orders, setOrders] = useState<Order[]>([]);

  useEffect(() => {
    listOrders().then(setOrders);
  }, []);

  async function collect(id: number) {
    const order = await collectOrder(id);
    setOrders((all) => all.map((o) => (o.id === order.id ? order : o)));
  }

  return (
    <ul>
      {orders.map((order) => (
        <li key={order.id}>
          {order.quantity} x {order.cake}: {(order.total / 100).toFixed(2)}
          {!order.collected && <button onClick={() => collect(order.id)}>Collected</button>}
          <button onClick={() => cancelOrder(order.id)}>Cancel</button>
        </li>
      ))}
    </ul>
  );
}
