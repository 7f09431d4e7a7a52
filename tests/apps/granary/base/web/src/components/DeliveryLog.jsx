import { useEffect, useState } from 'react';
import { api } from '../api/client';

export function DeliveryLog() {
  const [deliveries, setDeliveries] = useState([]);

  useEffect(() => {
    api.deliveries().then(setDeliveries);
  }, []);

  return (
    <ul>
      {deliveries.map((delivery) => (
        <li key={delivery.id}>
          {delivery.tonnes} t into bin {delivery.binId} by {delivery.haulier}
        </li>
      ))}
    </ul>
  );
}
