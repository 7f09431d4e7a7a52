import { useLoaderData } from "react-router";
import type { Route } from "./+types/vines";
import { harvestVine, listVines } from "../api.server";
import { VineRow } from "../components/VineRow";

export async function loader() {
  return { vines: await listVines() };
}

export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData();
  return harvestVine(Number(form.get("vineId")));
}

export default function Vines() {
  const { vines } = useLoaderData<typeof loader>();
  return (
    <main>
      <h1>Vines</h1>
      <ul>
        {vines.map((vine) => (
          <li key={vine.id}>
            {vine.grape}, row {vine.row}
            <VineRow vineId={vine.id} />
          </li>
        ))}
      </ul>
    </main>
  );
}
