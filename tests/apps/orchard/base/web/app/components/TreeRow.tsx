import { Link } from "react-router";
import type { Tree } from "../types";

export function TreeRow({ tree }: { tree: Tree }) {
  return (
    <li>
      <Link to={`/trees/${tree.id}`}>{tree.variety}</Link>
      <span>row {tree.row}</span>
      {tree.pruned ? <em>pruned</em> : null}
    </li>
  );
}
