import { type RouteConfig, index, route } from "@react-router/dev/routes";

export default [
  index("routes/wines.tsx"),
  route("racks", "routes/racks.tsx"),
] satisfies RouteConfig;
