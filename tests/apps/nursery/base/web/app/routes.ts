import { type RouteConfig, index, route } from "@react-router/dev/routes";

export default [
  index("routes/plants.tsx"),
  route("orders/new", "routes/order.tsx"),
] satisfies RouteConfig;
