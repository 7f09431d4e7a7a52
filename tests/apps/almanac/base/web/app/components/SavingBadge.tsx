import { useFetchers, useNavigation } from "react-router";

export function SavingBadge() {
  const fetchers = useFetchers();
  const navigation = useNavigation();
  const busy = fetchers.filter((fetcher) => fetcher.state === "submitting").length +
    (navigation.state === "submitting" ? 1 : 0);
  const last = fetchers.find((fetcher) => fetcher.data)?.data;
  return busy ? <span className="badge">Saving {busy}…</span> : last ? <span>Saved</span> : null;
}
