import type { Route } from "./+types/home";
import { listTrees } from "../api.server";
import { TreeRow } from "../components/TreeRow";

export async function loader() {
  const trees = await listTrees();
  return { trees };
}

export default function Home({ loaderData }: Route.ComponentProps) {
  const { trees } = loaderData;
  return (
    <main>
      <h1>Orchard</h1>
      <ul>
        {trees.map((tree) => (
          <TreeRow key={tree.id} tree={tree} />
        ))}
      </ul>
    </main>
  );
}
