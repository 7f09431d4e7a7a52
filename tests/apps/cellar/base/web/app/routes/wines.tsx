import { useLoaderData } from "react-router";
import type { Route } from "./+types/wines";
import { listWines, uncorkWine } from "../api.server";
import { LastUncorked } from "../components/LastUncorked";
import { UncorkButton } from "../components/UncorkButton";

export async function loader() {
  return { wines: await listWines() };
}

export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData();
  return uncorkWine(Number(form.get("wineId")), Number(form.get("glasses")));
}

export default function Wines() {
  const { wines } = useLoaderData<typeof loader>();
  return (
    <main>
      <h1>Cellar</h1>
      <LastUncorked />
      <ul>
        {wines.map((wine) => (
          <li key={wine.id}>
            {wine.name} {wine.vintage}, with {wine.pairing}
            <UncorkButton wineId={wine.id} />
          </li>
        ))}
      </ul>
    </main>
  );
}
