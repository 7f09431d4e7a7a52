import { type RouteConfig, index, route } from "@react-router/dev/routes";

export default [
  index("routes/vines.tsx"),
  route("vines/:vineId", "routes/vine.tsx"),
  route("tastings", "routes/tastings.tsx"),
] satisfies RouteConfig;
