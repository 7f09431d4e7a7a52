import { useFetcher } from "react-router";

export function RetractButton({ id }: { id: number }) {
  const fetcher = useFetcher();
  return (
    <fetcher.Form method="post">
      <input type="hidden" name="intent" value="retract" />
      <input type="hidden" name="id" value={id} />
      <button type="submit" disabled={fetcher.state !== "idle"}>Retract</button>
    </fetcher.Form>
  );
}
