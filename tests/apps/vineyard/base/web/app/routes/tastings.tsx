import { useLoaderData } from "react-router";
import { listTastings } from "../api.server";

export async function loader() {
  return { tastings: await listTastings() };
}

export default function Tastings() {
  const { tastings } = useLoaderData<typeof loader>();
  return (
    <ul>
      {tastings.map((tasting) => (
        <li key={tasting.id}>
          {tasting.wine}: {tasting.score} points
        </li>
      ))}
    </ul>
  );
}
