import { useFetcher } from "react-router";
import type { action } from "../routes/vines";

export function VineRow({ vineId }: { vineId: number }) {
  const fetcher = useFetcher<typeof action>();
  return (
    <fetcher.Form method="post" action="/?index">
      <input type="hidden" name="vineId" value={vineId} />
      <button type="submit">Harvest</button>
      {fetcher.data && <span>{fetcher.data.yieldKg} kg on {fetcher.data.harvestedOn}</span>}
    </fetcher.Form>
  );
}
