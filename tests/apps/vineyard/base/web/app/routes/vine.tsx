import { useLoaderData } from "react-router";
import type { Route } from "./+types/vine";
import { getVine } from "../api.server";

export async function loader({ params }: Route.LoaderArgs) {
  return getVine(Number(params.vineId));
}

export default function VinePage() {
  const vine = useLoaderData<typeof loader>();
  return (
    <main>
      <h1>{vine.grape}</h1>
      <p>{vine.brix} °Bx, about {vine.potentialAbv}% ABV</p>
    </main>
  );
}
