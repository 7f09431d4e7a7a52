import { useLoaderData } from "react-router";
import { listRacks } from "../api.server";

export async function loader() {
  return { racks: await listRacks() };
}

export default function Racks() {
  const { racks } = useLoaderData<typeof loader>();
  return (
    <ul>
      {racks.map((rack) => (
        <li key={rack.id}>{rack.id}: {rack.humidity}% humidity</li>
      ))}
    </ul>
  );
}
