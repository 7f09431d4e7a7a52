"""SWR and React Query keys that are URLs (`useSWR('/api/x', fetcher)`, `useQuery({ queryKey:
['/api/x'] })`) are GET requests of the key; keys that are not URLs, and keys whose inline
fetcher ignores them, are not. On revisions held in memory."""

from __future__ import annotations

from conftest import diff_result
from test_http_fastapi_nextjs import FASTAPI, THREADS

HOOKS = '''\
import useSWR from "swr"
import { useQuery } from "@tanstack/react-query"
import { API_BASE } from "../config"

const fetcher = (url: string) => fetch(url).then((r) => r.json())

export function useThreads() {
  return useSWR(`${API_BASE}/threads`, fetcher)
}

export function useThread(id?: number) {
  return useSWR(id ? `/api/threads/${id}` : null, fetcher)
}

export function useThreadQuery(id: number) {
  return useQuery({ queryKey: [`/api/threads/${id}`] })
}

export function useThreadsQuery() {
  return useQuery(["/api/threads"], fetcher)
}
'''
NOT_URLS = '''\
import useSWR from "swr"
import { useQuery } from "@tanstack/react-query"

export function useCounts() {
  useSWR("counts", () => 3)
  useQuery({ queryKey: ["threads", 1], queryFn: () => 3 })
  useQuery({ queryKey: ["/api/threads"], queryFn: () => loadEverything() })
  return useQuery({ queryKey: ["/api/threads", "mine"], queryFn: fetchMine })
}
'''
BASE = {**FASTAPI, "frontend/src/hooks/threads.ts": HOOKS}


def _keys(change: dict, base: dict = BASE) -> list[tuple]:
    result = diff_result(base, change, select=("IMP4",))
    assert result.exit_code in (0, 1), result.stderr
    return sorted((f["code"], f["file"], f["line"], f["severity"]) for f in result.findings)


def test_swr_and_react_query_url_keys_are_requests_of_the_removed_route():
    renamed = {"backend/app/routers/threads.py": THREADS.replace('"/{thread_id}"', '"/{thread_id}/detail"')}
    assert _keys(renamed) == [
        ("IMP401", "frontend/src/components/ThreadView.tsx", 9, "error"),
        ("IMP401", "frontend/src/hooks/threads.ts", 12, "error"),
        ("IMP401", "frontend/src/hooks/threads.ts", 16, "error"),
        ("IMP403", "backend/app/routers/threads.py", 17, "error")]
    listing = {"backend/app/routers/threads.py": THREADS.replace('@router.get("", ', '@router.get("/all", ')}
    assert _keys(listing) == [
        ("IMP401", "frontend/src/hooks/threads.ts", 8, "error"),
        ("IMP401", "frontend/src/hooks/threads.ts", 20, "error"),
        ("IMP403", "backend/app/routers/threads.py", 12, "error")]


def test_keys_that_are_not_urls_or_that_the_fetcher_ignores_are_not_requests():
    base = {**FASTAPI, "frontend/src/hooks/counts.ts": NOT_URLS}
    listing = {"backend/app/routers/threads.py": THREADS.replace('@router.get("", ', '@router.get("/all", ')}
    assert _keys(listing, base) == [("IMP403", "backend/app/routers/threads.py", 12, "warning")]


def test_a_hook_of_another_library_is_not_read_as_a_query():
    base = {**BASE, "frontend/src/hooks/threads.ts": HOOKS.replace('from "swr"', 'from "./local-swr"')
            .replace('from "@tanstack/react-query"', 'from "./local-query"')}
    listing = {"backend/app/routers/threads.py": THREADS.replace('@router.get("", ', '@router.get("/all", ')}
    assert _keys(listing, base) == [("IMP403", "backend/app/routers/threads.py", 12, "warning")]


MUTATIONS = '''\
import useSWRMutation from "swr/mutation"

async function postJson<T>(url: string, { arg }: { arg: unknown }): Promise<T> {
  const response = await fetch(url, { method: "POST", body: JSON.stringify(arg) })
  return response.json()
}

export function useReply(id: number) {
  return useSWRMutation(`/api/threads/${id}/replies`, postJson<{ ok: boolean }>)
}

export function useUnknown(id: number, send: (url: string) => Promise<unknown>) {
  return useSWRMutation(`/api/threads/${id}`, send)
}
'''


def test_an_swr_mutation_sends_the_request_its_fetcher_makes_for_the_key():
    """`useSWRMutation(key, fetcher)`: `trigger(arg)` calls `fetcher(key, { arg })`, so the
    request is the fetcher's (a POST here); a fetcher impact cannot read tells no method."""
    base = {**FASTAPI, "frontend/src/hooks/mutations.ts": MUTATIONS}
    post_moved = {"backend/app/routers/threads.py":
                  THREADS.replace('"/{thread_id}/replies"', '"/{thread_id}/answers"')}
    assert _keys(post_moved, base) == [
        ("IMP401", "frontend/src/components/ThreadView.tsx", 12, "error"),
        ("IMP401", "frontend/src/hooks/mutations.ts", 9, "error"),
        ("IMP403", "backend/app/routers/threads.py", 22, "error")]
    get_moved = {"backend/app/routers/threads.py": THREADS.replace('"/{thread_id}"', '"/{thread_id}/detail"')}
    assert ("IMP401", "frontend/src/hooks/mutations.ts", 13, "error") not in _keys(get_moved, base)
