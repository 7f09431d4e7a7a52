import { type RouteConfig, index, route } from "@react-router/dev/routes";

export default [
  index("routes/sightings.tsx"),
  route("tides/:station", "routes/tides.tsx"),
] satisfies RouteConfig;
