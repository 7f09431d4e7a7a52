import { type RouteConfig, index, route } from "@react-router/dev/routes";

export default [
  index("routes/home.tsx"),
  route("trees/:treeId", "routes/tree.tsx"),
] satisfies RouteConfig;
