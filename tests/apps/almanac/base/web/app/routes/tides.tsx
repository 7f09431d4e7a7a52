import { useLoaderData } from "react-router";
import type { Route } from "./+types/tides";
import { tideTable } from "../api.server";

export async function loader({ params }: Route.LoaderArgs) {
  return { tide: await tideTable(params.station) };
}

export default function Tides() {
  const { tide } = useLoaderData<typeof loader>();
  return (
    <main>
      <h1>Tides at {tide.station}</h1>
      <p>High water {tide.highWater}, low water {tide.lowWater}</p>
      <p>Range {tide.rangeM} m; the moon is {tide.moonAge} days old</p>
    </main>
  );
}
