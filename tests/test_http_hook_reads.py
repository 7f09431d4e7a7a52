"""What an SWR or React Query hook's `data` is read for (`const { data } = useSWR('/api/x',
fetcher); data?.total`, `const { data: user } = useQuery({ queryKey: ['/api/me'], queryFn:
fetchMe }); user.name`) are reads of the response its fetcher returns (IMP402/IMP404): through
a fetcher that is a one-level wrapper given the key, or a named fetcher returning a request's
body. A default fetcher, React Query's `select`, and a fetcher that reshapes the body are not
followed. The cases run in memory (conftest.selected_keys)."""

from __future__ import annotations

from conftest import selected_keys

SERVER = '''\
import { Hono } from 'hono'

const app = new Hono().basePath('/api')

app.get('/me', (c) => c.json({ id: 1, name: 'ada', avatarUrl: '/a.png' }))
app.get('/threads', (c) => c.json({ items: [], total: 0 }))

export default app
'''
HOOKS = '''\
import useSWR from "swr"
import { useQuery } from "@tanstack/react-query"

const fetcher = (url: string) => fetch(url).then((r) => r.json())

async function fetchMe() {
  const res = await fetch("/api/me")
  return res.json()
}

export function Threads() {
  const { data } = useSWR("/api/threads", fetcher)
  return <p>{data?.total}</p>
}

export function Me() {
  const { data: user } = useQuery({ queryKey: ["/api/me"], queryFn: fetchMe })
  return <img alt={user.name} src={user?.avatarUrl} />
}
'''
BASE = {"api/src/index.ts": SERVER, "web/src/hooks.tsx": HOOKS}
NO_TOTAL = {"api/src/index.ts": SERVER.replace(", total: 0", "")}
NO_AVATAR = {"api/src/index.ts": SERVER.replace(", avatarUrl: '/a.png'", "")}


def _keys(change: dict, base: dict = BASE) -> list[tuple]:
    return sorted(selected_keys(base, change, ("IMP4",)))


def test_a_field_read_from_swr_data_through_a_wrapper_fetcher():
    assert _keys(NO_TOTAL) == [
        ("IMP402", "web/src/hooks.tsx", 13, "error", "total"),
        ("IMP404", "api/src/index.ts", 6, "error", "total")]


def test_a_field_read_from_react_query_data_renamed_by_destructuring():
    assert _keys(NO_AVATAR) == [
        ("IMP402", "web/src/hooks.tsx", 18, "error", "avatarUrl"),
        ("IMP404", "api/src/index.ts", 5, "error", "avatarUrl")]


def test_swr_key_is_sent_through_the_wrapper_fetchers_prefix():
    """`fetcher = (path) => fetch(`/api${path}`)`: the hook asks for `/api` + its key."""
    hooks = HOOKS.replace("fetch(url)", "fetch(`/api${url}`)").replace('"/api/threads"', '"/threads"')
    assert _keys(NO_TOTAL, {**BASE, "web/src/hooks.tsx": hooks}) == [
        ("IMP402", "web/src/hooks.tsx", 13, "error", "total"),
        ("IMP404", "api/src/index.ts", 6, "error", "total")]


def test_a_default_fetcher_select_or_a_reshaping_fetcher_is_not_followed():
    default = HOOKS.replace('useSWR("/api/threads", fetcher)', 'useSWR("/api/threads")')
    assert _keys(NO_TOTAL, {**BASE, "web/src/hooks.tsx": default}) == []
    reshaped = HOOKS.replace("then((r) => r.json())", "then((r) => r.json()).then((body) => body.page)")
    assert _keys(NO_TOTAL, {**BASE, "web/src/hooks.tsx": reshaped}) == []
    selected = HOOKS.replace("queryFn: fetchMe }", "queryFn: fetchMe, select: (me) => me.profile }")
    assert _keys(NO_AVATAR, {**BASE, "web/src/hooks.tsx": selected}) == []


def test_a_data_of_something_else_is_not_a_read_of_the_response():
    other = HOOKS.replace('const { data } = useSWR("/api/threads", fetcher)',
                          'useSWR("/api/threads", fetcher)\n  const { data } = useStore()')
    assert _keys(NO_TOTAL, {**BASE, "web/src/hooks.tsx": other}) == []


APP_HOOKS = '''\
import { useQuery } from "@tanstack/react-query"

async function fetchMe() {
  const res = await fetch("/api/me")
  return res.json()
}

export function useMe() {
  return useQuery({ queryKey: ["/api/me"], queryFn: fetchMe })
}

export const useMeArrow = () => useQuery({ queryKey: ["/api/me"], queryFn: fetchMe })
'''
PROFILE = '''\
import { useMe, useMeArrow } from "./queries"

export function Profile() {
  const { data: user, isLoading } = useMe()
  const me = useMeArrow()
  if (isLoading) return null
  return <img alt={user.name} src={user?.avatarUrl} title={me.data?.avatarUrl} />
}
'''
APP = {"api/src/index.ts": SERVER, "web/src/queries.ts": APP_HOOKS, "web/src/Profile.tsx": PROFILE}


def test_a_query_wrapped_in_a_hook_of_the_apps_own_is_read_where_that_hook_is_used():
    """`function useMe() { return useQuery({ ..., queryFn: fetchMe }) }`: its callers' `data`
    is what the fetcher returns, destructured or read as `.data`."""
    assert _keys(NO_AVATAR, APP) == [
        ("IMP402", "web/src/Profile.tsx", 7, "error", "avatarUrl"),
        ("IMP402", "web/src/Profile.tsx", 7, "error", "avatarUrl"),
        ("IMP404", "api/src/index.ts", 5, "error", "avatarUrl")]


def test_a_hook_that_reshapes_the_query_or_returns_something_else_is_not_followed():
    selected = APP_HOOKS.replace("queryFn: fetchMe })\n}", "queryFn: fetchMe, select: (me) => me.profile })\n}")
    reshaped = APP_HOOKS.replace("  return useQuery(", "  const query = useQuery(").replace(
        "queryFn: fetchMe })\n}", "queryFn: fetchMe })\n  return { data: query.data?.profile }\n}")
    for hooks in (selected, reshaped):  # `useMeArrow`'s read (`me.data?.avatarUrl`) alone is left
        assert _keys(NO_AVATAR, {**APP, "web/src/queries.ts": hooks}) == [
            ("IMP402", "web/src/Profile.tsx", 7, "error", "avatarUrl"),
            ("IMP404", "api/src/index.ts", 5, "error", "avatarUrl")]


def test_a_hook_of_the_apps_own_that_returns_the_querys_data_or_keeps_it_under_a_key():
    """`const { data } = useQuery(...); return data` and `... return { me: data }`: what its
    callers get is the fetcher's value, or holds it under that key."""
    returns_data = APP_HOOKS.replace(
        "  return useQuery({ queryKey: [\"/api/me\"], queryFn: fetchMe })\n",
        "  const { data } = useQuery({ queryKey: [\"/api/me\"], queryFn: fetchMe })\n  return data\n")
    profile = PROFILE.replace("const { data: user, isLoading } = useMe()", "const user = useMe()\n  const isLoading = false")
    assert _keys(NO_AVATAR, {**APP, "web/src/queries.ts": returns_data, "web/src/Profile.tsx": profile}) == [
        ("IMP402", "web/src/Profile.tsx", 8, "error", "avatarUrl"),
        ("IMP402", "web/src/Profile.tsx", 8, "error", "avatarUrl"),
        ("IMP404", "api/src/index.ts", 5, "error", "avatarUrl")]
    keyed = returns_data.replace("  return data\n", "  return { me: data, other: 1 }\n")
    profile = PROFILE.replace("const { data: user, isLoading } = useMe()", "const { me: user } = useMe()\n  const isLoading = false")
    assert _keys(NO_AVATAR, {**APP, "web/src/queries.ts": keyed, "web/src/Profile.tsx": profile}) == [
        ("IMP402", "web/src/Profile.tsx", 8, "error", "avatarUrl"),
        ("IMP402", "web/src/Profile.tsx", 8, "error", "avatarUrl"),
        ("IMP404", "api/src/index.ts", 5, "error", "avatarUrl")]
    other_key = keyed.replace("me: data, other: 1", "me: 1, other: data")
    assert _keys(NO_AVATAR, {**APP, "web/src/queries.ts": other_key, "web/src/Profile.tsx": profile}) == [
        ("IMP402", "web/src/Profile.tsx", 8, "error", "avatarUrl"),
        ("IMP404", "api/src/index.ts", 5, "error", "avatarUrl")]


THREAD_SERVER = SERVER.replace("app.get('/threads', (c) => c.json({ items: [], total: 0 }))",
                               "app.get('/threads', (c) => c.json([{ id: 1, title: 'x', replyCount: 0 }]))")
THREAD_COLUMNS = '''\
import type { ColumnDef } from "@tanstack/react-table"

export const columns: ColumnDef<Thread>[] = [
  { accessorKey: "id", header: "ID" },
  {
    accessorKey: "title",
    header: "Title",
    cell: ({ row }) => <b>{row.original.replyCount} {row.original.title}</b>,
  },
]
'''
THREAD_PAGE = '''\
import { useQuery } from "@tanstack/react-query"
import { columns } from "./columns"
import { DataTable } from "./DataTable"

async function fetchThreads() {
  const res = await fetch("/api/threads")
  return res.json()
}

function threadsQueryOptions() {
  return { queryKey: ["threads"], queryFn: fetchThreads }
}

export function Threads() {
  const { data: threads } = useQuery(threadsQueryOptions())
  return <DataTable columns={columns} data={threads ?? []} />
}
'''
TABLE = {"api/src/index.ts": THREAD_SERVER, "web/src/columns.tsx": THREAD_COLUMNS,
         "web/src/Threads.tsx": THREAD_PAGE,
         "web/src/DataTable.tsx": "export function DataTable({ columns, data }) {\n  return <table />\n}\n"}
NO_TITLE = {"api/src/index.ts": THREAD_SERVER.replace(" title: 'x',", "")}


def test_a_tables_columns_read_the_fields_of_the_rows_handed_beside_them():
    """shadcn/ui's data table: `<DataTable columns={columns} data={rows} />`, whose columns
    read each row's field by `accessorKey` and `row.original.x`; the query's options made by a
    function of the module (`useQuery(threadsQueryOptions())`)."""
    assert _keys(NO_TITLE, TABLE) == [
        ("IMP402", "web/src/columns.tsx", 6, "error", "title"),
        ("IMP402", "web/src/columns.tsx", 8, "error", "title"),
        ("IMP404", "api/src/index.ts", 6, "error", "title")]
    helper = THREAD_PAGE.replace("return { queryKey", "return queryOptions({ queryKey").replace(
        "queryFn: fetchThreads }", "queryFn: fetchThreads })")
    assert len(_keys(NO_TITLE, {**TABLE, "web/src/Threads.tsx": helper})) == 3


def test_columns_given_other_rows_or_no_columns_are_not_judged():
    other_rows = THREAD_PAGE.replace("data={threads ?? []}", "data={[]}")
    assert _keys(NO_TITLE, {**TABLE, "web/src/Threads.tsx": other_rows}) == []
    no_accessors = THREAD_COLUMNS.replace('accessorKey: "id"', 'id: "id"').replace(
        'accessorKey: "title"', 'id: "title"').replace("row.original.replyCount} {row.original.title", "1")
    assert _keys(NO_TITLE, {**TABLE, "web/src/columns.tsx": no_accessors}) == []


def test_rows_kept_with_keys_added_are_still_the_responses_rows():
    """`rows.map((r) => ({ ...r, mine: true }))`: each item keeps the row's fields."""
    decorated = THREAD_PAGE.replace("data={threads ?? []}",
                                    "data={(threads ?? []).map((t) => ({ ...t, mine: true }))}")
    assert _keys(NO_TITLE, {**TABLE, "web/src/Threads.tsx": decorated}) == [
        ("IMP402", "web/src/columns.tsx", 6, "error", "title"),
        ("IMP402", "web/src/columns.tsx", 8, "error", "title"),
        ("IMP404", "api/src/index.ts", 6, "error", "title")]
    reshaped = THREAD_PAGE.replace("data={threads ?? []}",
                                   "data={(threads ?? []).map((t) => ({ id: t.id, name: 'x' }))}")
    assert _keys(NO_TITLE, {**TABLE, "web/src/Threads.tsx": reshaped}) == []


QUERIES = '''\
import { queryOptions } from "@tanstack/react-query"

async function fetchMe() {
  const res = await fetch("/api/me")
  return res.json()
}

export const meQuery = () => queryOptions({ queryKey: ["me"], queryFn: () => fetchMe() })

export function meQueryNamed() {
  return queryOptions({ queryKey: ["me"], queryFn: fetchMe })
}

export const meNameQuery = () =>
  queryOptions({ queryKey: ["me"], queryFn: fetchMe, select: (me) => me.name })
'''
USE_ME = '''\
import { useQuery } from "@tanstack/react-query"
import { meQuery } from "../queries"

export function useMe() {
  return useQuery(meQuery())
}
'''
AVATAR = '''\
import { useQuery } from "@tanstack/react-query"
import { meQuery, meQueryNamed } from "./queries"
import { useMe } from "./hooks/useMe"

export function Avatar() {
  const { data: me } = useQuery(meQuery())
  return <img src={me?.avatarUrl} />
}

export function AvatarNamed() {
  const { data } = useQuery(meQueryNamed())
  return <img src={data.avatarUrl} />
}

export function AvatarByHook() {
  const { data: me, isPending } = useMe()
  return isPending ? null : <img src={me.avatarUrl} />
}
'''
OPTIONS_MODULE = {"api/src/index.ts": SERVER, "web/src/queries.ts": QUERIES,
                  "web/src/hooks/useMe.ts": USE_ME, "web/src/Avatar.tsx": AVATAR}


def test_query_options_made_in_a_module_of_their_own_and_the_hooks_that_return_them():
    """`useQuery(meQuery())` where `meQuery` is a `queryOptions(...)` factory imported from
    `queries.ts` (an inline or a named fetcher), and through a custom hook returning that
    hook's result (`function useMe() { return useQuery(meQuery()) }`)."""
    assert _keys(NO_AVATAR, OPTIONS_MODULE) == [
        ("IMP402", "web/src/Avatar.tsx", 7, "error", "avatarUrl"),
        ("IMP402", "web/src/Avatar.tsx", 12, "error", "avatarUrl"),
        ("IMP402", "web/src/Avatar.tsx", 17, "error", "avatarUrl"),
        ("IMP404", "api/src/index.ts", 5, "error", "avatarUrl")]


def test_imported_query_options_that_select_or_reshape_are_not_followed():
    selected = AVATAR.replace("useQuery(meQuery())", "useQuery(meNameQuery())").replace(
        "import { meQuery, meQueryNamed }", "import { meNameQuery, meQueryNamed }").replace(
        "useQuery(meQueryNamed())", "useQuery(meNameQuery())")
    reshaped = QUERIES.replace("queryFn: () => fetchMe() })",
                               "queryFn: async () => ({ ...(await fetchMe()) }) })")
    not_as_is = USE_ME.replace("return useQuery(meQuery())",
                               "const query = useQuery(meQuery())\n  return query.data")
    for change in ({"web/src/Avatar.tsx": selected, "web/src/hooks/useMe.ts": USE_ME + "\n"},
                   {"web/src/queries.ts": reshaped}):
        base = {**OPTIONS_MODULE, **change}
        assert ("IMP402", "web/src/Avatar.tsx", 7, "error", "avatarUrl") not in _keys(NO_AVATAR, base)
    base = {**OPTIONS_MODULE, "web/src/hooks/useMe.ts": not_as_is}
    assert ("IMP402", "web/src/Avatar.tsx", 17, "error", "avatarUrl") not in _keys(NO_AVATAR, base)


CLIENT_OBJECT = '''\
async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`/api${path}`, { ...init, headers: { "Content-Type": "application/json" } })
  return (await response.json()) as T
}

export const api = {
  get: <T>(path: string) => request<T>(path),
  post: <T>(path: string, body: unknown) => request<T>(path, { method: "POST", body: JSON.stringify(body) }),
}
'''
MUTATION = '''\
import { useMutation, useQuery } from "@tanstack/react-query"
import { api } from "./api"

interface Me { id: number; name: string; avatarUrl: string }

export function useSaveMe() {
  return useMutation({ mutationFn: (name: string) => api.post<Me>("/me", { name }) })
}

export function Profile() {
  const { data: me } = useQuery({ queryKey: ["me"], queryFn: () => api.get<Me>("/me") })
  const save = useSaveMe()
  return <p onClick={() => save.mutate("x")}>{me?.name} {save.data?.avatarUrl}</p>
}
'''
SAVING = SERVER.replace("app.get('/threads'", "app.post('/me', (c) => c.json({ id: 1, name: 'ada', "
                        "avatarUrl: '/a.png' }))\napp.get('/threads'")


def test_a_wrapper_held_by_an_object_and_a_mutations_data():
    """`api.get<Me>('/me')` of `export const api = { get: (path) => request(path) }` is a
    request through the function the property holds; `useMutation({ mutationFn })`'s `data` is
    what `mutationFn` returned (here `api.post`'s body)."""
    base = {"api/src/index.ts": SAVING, "web/src/api.ts": CLIENT_OBJECT, "web/src/Profile.tsx": MUTATION}
    gone = {"api/src/index.ts": SAVING.replace(", avatarUrl: '/a.png'", "")}
    assert _keys(gone, base) == [
        ("IMP402", "web/src/Profile.tsx", 13, "error", "avatarUrl"),
        ("IMP404", "api/src/index.ts", 6, "error", "avatarUrl")]
    renamed = {"api/src/index.ts": SAVING.replace("app.get('/me'", "app.get('/profile'")}
    assert _keys(renamed, base) == [
        ("IMP401", "web/src/Profile.tsx", 11, "error", "GET /api/me"),
        ("IMP403", "api/src/index.ts", 5, "error", "GET /api/me")]
