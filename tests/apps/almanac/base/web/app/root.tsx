import { Links, Meta, Outlet, Scripts, ScrollRestoration } from "react-router";

import { SavingBadge } from "./components/SavingBadge";

export function Layout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <head>
        <Meta />
        <Links />
      </head>
      <body>
        <SavingBadge />
        {children}
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}
