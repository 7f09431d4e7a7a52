import { useFetcher } from "react-router";

export function UncorkButton({ wineId }: { wineId: number }) {
  const fetcher = useFetcher({ key: "uncork" });
  return (
    <fetcher.Form method="post" action="/?index">
      <input type="hidden" name="wineId" value={wineId} />
      <input type="number" name="glasses" defaultValue={2} />
      <button type="submit" disabled={fetcher.state !== "idle"}>Uncork</button>
    </fetcher.Form>
  );
}
