import { Form, useLoaderData } from "react-router";
import type { Route } from "./+types/tree";
import { deleteHarvest, getTree, listHarvests, pruneTree, recordHarvest } from "../api.server";

export async function loader({ params }: Route.LoaderArgs) {
  const id = Number(params.treeId);
  const [tree, harvests] = await Promise.all([getTree(id), listHarvests(id)]);
  return { tree, harvests };
}

export async function action({ request, params }: Route.ActionArgs) {
  const id = Number(params.treeId);
  const form = await request.formData();
  const intent = form.get("intent");
  if (intent === "prune") {
    await pruneTree(id);
  } else if (intent === "delete") {
    await deleteHarvest(Number(form.get("harvestId")));
  } else {
    await recordHarvest(id, Number(form.get("kilos")));
  }
  return null;
}

export default function TreePage() {
  const { tree, harvests } = useLoaderData<typeof loader>();
  return (
    <main>
      <h1>{tree.variety}</h1>
      <p>Planted {tree.planted}</p>
      <Form method="post">
        <button name="intent" value="prune">Prune</button>
      </Form>
      <ul>
        {harvests.map((harvest) => (
          <li key={harvest.id}>
            {harvest.kilos} kg by {harvest.picker}
            <Form method="post">
              <input type="hidden" name="harvestId" value={harvest.id} />
              <button name="intent" value="delete">Delete</button>
            </Form>
          </li>
        ))}
      </ul>
      <Form method="post">
        <input name="kilos" type="number" step="0.1" />
        <button name="intent" value="record">Record harvest</button>
      </Form>
    </main>
  );
}
