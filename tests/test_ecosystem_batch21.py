"""Classes of input the twenty-first batch of unseen repositories (benchmarks/RESULTS.md,
"Ecosystem check: twenty-first batch") showed impact getting wrong, each as a small repository:
the input that gave a false finding or a crash, and its neighbour where the finding is true and
stays."""

from __future__ import annotations

from conftest import selected_keys

# epicweb-dev/epic-stack app/routes/settings/profile/two-factor/index.tsx: a route whose
# fetcher's form sits beside a fragment, `<>`, an opening element without a name
EXPRESS = """\
const express = require('express')

const app = express()
app.post('/api/codes', (req, res) => res.json({ id: 1, code: 'x' }))
app.listen(3000)
"""
CLIENT = """\
export async function makeCode() {
  const res = await fetch('/api/codes', { method: 'POST' });
  return res.json();
}
"""
ROUTE = """\
import { useFetcher } from "react-router";
import { makeCode } from "../api";

export async function action() {
  return makeCode();
}

export default function Codes({ enabled }) {
  const fetcher = useFetcher<typeof action>();
  if (enabled) {
    return <><p>on</p></>;
  }
  return (
    <fetcher.Form method="post">
      {fetcher.data && <p>{fetcher.data.code}</p>}
    </fetcher.Form>
  );
}
"""
ROUTED = {"server/index.js": EXPRESS, "web/app/api.ts": CLIENT, "web/app/routes/codes.tsx": ROUTE,
          "web/package.json": '{"dependencies": {"react-router": "^7"}}'}


def test_a_route_with_a_fragment_beside_its_fetchers_form_is_read():
    """epic-stack (every commit): "AttributeError: 'NoneType' object has no attribute 'text'"
    reading the name of `<>` as if it were `<fetcher.Form>`."""
    dropped = {"server/index.js": EXPRESS.replace(", code: 'x'", "")}
    found = sorted(key[:4] for key in selected_keys(ROUTED, dropped, ("IMP4",)))
    assert found == [("IMP402", "web/app/routes/codes.tsx", 15, "error"),
                     ("IMP404", "server/index.js", 4, "error")]
