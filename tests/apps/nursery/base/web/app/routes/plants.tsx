import { useFetcher, useLoaderData } from "react-router";
import type { Route } from "./+types/plants";
import { listPlants, restockPlant } from "../api.server";

export async function loader() {
  return { plants: await listPlants() };
}

export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData();
  return restockPlant(Number(form.get("plantId")), Number(form.get("quantity")));
}

export default function Plants() {
  const { plants } = useLoaderData<typeof loader>();
  const fetcher = useFetcher<typeof action>();
  return (
    <main>
      <h1>Plants</h1>
      {fetcher.data && <p>{fetcher.data.name} now has {fetcher.data.in_stock} in stock</p>}
      <ul>
        {plants.map((plant) => (
          <li key={plant.id}>
            {plant.name} ({plant.genus}) {plant.price.toFixed(2)}
            <fetcher.Form method="post">
              <input type="hidden" name="plantId" value={plant.id} />
              <input name="quantity" type="number" defaultValue={10} />
              <button type="submit">Restock</button>
            </fetcher.Form>
          </li>
        ))}
      </ul>
    </main>
  );
}
