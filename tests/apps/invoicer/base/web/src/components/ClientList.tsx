import { useGetClientsQuery } from '../services/api';

export function ClientList() {
  const { data: clients = [] } = useGetClientsQuery();
  return (
    <ul>
      {clients.map((client) => (
        <li key={client.id}>
          {client.name} &lt;{client.email}&gt;
        </li>
      ))}
    </ul>
  );
}
