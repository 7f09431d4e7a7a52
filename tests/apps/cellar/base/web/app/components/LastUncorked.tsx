import { useFetcher } from "react-router";
import type { action } from "../routes/wines";

export function LastUncorked() {
  const fetcher = useFetcher<typeof action>({ key: "uncork" });
  if (!fetcher.data) return null;
  return <p>Wine {fetcher.data.id} opened at {fetcher.data.openedAt}: {fetcher.data.glasses} glasses</p>;
}
