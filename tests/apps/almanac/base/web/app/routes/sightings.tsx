import { Form, useFetchers, useLoaderData } from "react-router";
import type { Route } from "./+types/sightings";
import { listSightings, logSighting, retractSighting } from "../api.server";
import { RetractButton } from "../components/RetractButton";

export async function loader() {
  return { sightings: await listSightings() };
}

export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData();
  if (form.get("intent") === "retract") {
    await retractSighting(Number(form.get("id")));
    return { retracted: Number(form.get("id")) };
  }
  const logged = await logSighting({ species: String(form.get("species")) });
  return { logged };
}

export default function Sightings() {
  const { sightings } = useLoaderData<typeof loader>();
  const retracting = new Set(
    useFetchers()
      .filter((fetcher) => fetcher.formData?.get("intent") === "retract")
      .map((fetcher) => Number(fetcher.formData?.get("id"))),
  );
  return (
    <main>
      <h1>Sightings</h1>
      <ul>
        {sightings
          .filter((sighting) => !retracting.has(sighting.id))
          .map((sighting) => (
            <li key={sighting.id}>
              {sighting.count} × {sighting.species} (seen by {sighting.observer})
              <RetractButton id={sighting.id} />
            </li>
          ))}
      </ul>
      <Form method="post">
        <input name="species" placeholder="Species" />
        <button type="submit">Log</button>
      </Form>
    </main>
  );
}
