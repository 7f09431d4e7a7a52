"""RTK Query (impact.http.rtk_query): each endpoint of `createApi({ baseQuery: fetchBaseQuery({
baseUrl }), endpoints })` or `api.injectEndpoints({ endpoints })` is a request where its URL is
written (IMP401, IMP405 for its `body`), and the `data` of its generated hook
(`useGetOrdersQuery()`) is the response (IMP402), through destructuring, props and `data?.map`.
A `transformResponse`, a base query other than `fetchBaseQuery` and a `queryFn` are not read.
The cases run in memory (conftest.selected_keys)."""

from __future__ import annotations

from conftest import selected_keys

SERVER = '''\
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class OrderOut(BaseModel):
    id: int
    total: float


class NoteIn(BaseModel):
    text: str


@app.get("/api/orders", response_model=list[OrderOut])
def list_orders():
    return []


@app.get("/api/orders/{order_id}", response_model=OrderOut)
def get_order(order_id: int):
    return OrderOut(id=order_id, total=0)


@app.post("/api/orders/{order_id}/notes", response_model=OrderOut)
def add_note(order_id: int, body: NoteIn):
    return OrderOut(id=order_id, total=0)
'''
API = '''\
import { createApi, fetchBaseQuery } from '@reduxjs/toolkit/query/react';

export const api = createApi({
  baseQuery: fetchBaseQuery({ baseUrl: import.meta.env.VITE_API ?? '/api' }),
  endpoints: (build) => ({
    getOrders: build.query<Order[], void>({
      query: () => '/orders',
    }),
    addNote: build.mutation({
      query: ({ id, text }) => ({ url: `/orders/${id}/notes`, method: 'POST', body: { text } }),
    }),
  }),
});

export const { useGetOrdersQuery, useAddNoteMutation } = api;
'''
INJECTED = '''\
import { api } from './api';

const orderApi = api.injectEndpoints({
  endpoints: (build) => ({
    getOrder: build.query({
      query: (id: number) => `/orders/${id}`,
    }),
  }),
});

export const { useGetOrderQuery } = orderApi;
'''
VIEWS = '''\
import { useGetOrdersQuery } from './api';
import { useGetOrderQuery } from './orderApi';

export function Orders() {
  const { data: orders = [] } = useGetOrdersQuery();
  return <ul>{orders.map((order) => <Row key={order.id} order={order} />)}</ul>;
}

function Row({ order }) {
  return <li>{order.total}</li>;
}

export function Order({ id }) {
  const { data } = useGetOrderQuery(id);
  return <p>{data?.total}</p>;
}
'''
BASE = {"backend/main.py": SERVER, "web/src/api.ts": API, "web/src/orderApi.ts": INJECTED,
        "web/src/views.tsx": VIEWS}
NO_TOTAL = {"backend/main.py": SERVER.replace("    total: float\n", "    amount: float\n")
            .replace("total=0", "amount=0")}


def _keys(change: dict, base: dict = BASE) -> list[tuple]:
    return sorted(selected_keys(base, change, ("IMP4",)))


def test_endpoints_of_an_api_and_of_one_injected_into_it_are_requests():
    moved = {"backend/main.py": SERVER.replace('"/api/orders/{order_id}"', '"/api/order/{order_id}"')
             .replace('"/api/orders/{order_id}/notes"', '"/api/orders/{order_id}/comments"')}
    assert _keys(moved) == [
        ("IMP401", "web/src/api.ts", 10, "error", "POST /api/orders/{param}/notes"),
        ("IMP401", "web/src/orderApi.ts", 6, "error", "GET /api/orders/{param}"),
        ("IMP403", "backend/main.py", 21, "error", "GET /api/orders/{order_id}"),
        ("IMP403", "backend/main.py", 26, "error", "POST /api/orders/{order_id}/notes")]


def test_the_data_of_the_generated_hooks_is_the_response():
    assert _keys(NO_TOTAL) == [
        ("IMP402", "web/src/views.tsx", 10, "error", "total"),
        ("IMP402", "web/src/views.tsx", 15, "error", "total"),
        ("IMP404", "backend/main.py", 9, "error", "total")]


def test_a_mutations_body_is_what_it_sends():
    change = {"backend/main.py": SERVER.replace("    text: str\n", "    content: str\n")}
    assert _keys(change) == [("IMP405", "web/src/api.ts", 10, "error", "content")]


def test_transformed_responses_other_base_queries_and_query_functions_are_not_read():
    transformed = API.replace("query: () => '/orders',", "query: () => '/orders',\n"
                              "      transformResponse: (body) => body.orders,")
    assert _keys(NO_TOTAL, {**BASE, "web/src/api.ts": transformed}) == [
        ("IMP402", "web/src/views.tsx", 15, "error", "total"),
        ("IMP404", "backend/main.py", 9, "error", "total")]
    custom = API.replace("fetchBaseQuery({ baseUrl: import.meta.env.VITE_API ?? '/api' })",
                         "axiosBaseQuery({ baseUrl: '/api' })")
    moved = {"backend/main.py": SERVER.replace('"/api/orders"', '"/api/all-orders"')}
    assert _keys(moved, {**BASE, "web/src/api.ts": custom}) == [
        ("IMP403", "backend/main.py", 16, "warning", "GET /api/orders")]
    by_function = API.replace("query: () => '/orders',", "queryFn: () => ({ data: [] }),")
    assert _keys(moved, {**BASE, "web/src/api.ts": by_function}) == [
        ("IMP403", "backend/main.py", 16, "warning", "GET /api/orders")]


def test_a_base_query_held_by_a_const_or_handed_on_by_a_reauth_wrapper():
    """`const baseQuery = fetchBaseQuery({ baseUrl })` given as `{ baseQuery }`, or wrapped by
    a function that hands it its arguments as they are; URLs from imported constants."""
    held = API.replace("  baseQuery: fetchBaseQuery({ baseUrl: import.meta.env.VITE_API ?? '/api' }),\n",
                       "  baseQuery,\n").replace(
        "export const api = createApi({",
        "const baseQuery = fetchBaseQuery({ baseUrl: '/api' });\n\nexport const api = createApi({")
    moved = {"backend/main.py": SERVER.replace('"/api/orders/{order_id}/notes"',
                                               '"/api/orders/{order_id}/memo"')}
    assert _keys(moved, {**BASE, "web/src/api.ts": held}) == [
        ("IMP401", "web/src/api.ts", 12, "error", "POST /api/orders/{param}/notes"),
        ("IMP403", "backend/main.py", 26, "error", "POST /api/orders/{order_id}/notes")]
    wrapped = held.replace("  baseQuery,\n", "  baseQuery: withReauth,\n").replace(
        "export const api", '''async function withReauth(args, api, extra) {
  let result = await baseQuery(args, api, extra);
  if (result.error?.status === 401) {
    await baseQuery('/refresh', api, extra);
    result = await baseQuery(args, api, extra);
  }
  return result;
}

export const api''').replace("'/orders',", "ORDERS_URL,").replace(
        "import { createApi", "import { ORDERS_URL } from './urls';\nimport { createApi")
    base = {**BASE, "web/src/api.ts": wrapped, "web/src/urls.ts": "export const ORDERS_URL = '/orders';\n"}
    assert _keys(NO_TOTAL, base) == [
        ("IMP402", "web/src/views.tsx", 10, "error", "total"),
        ("IMP402", "web/src/views.tsx", 15, "error", "total"),
        ("IMP404", "backend/main.py", 9, "error", "total")]
    rewriting = wrapped.replace("  let result", "  args = { ...args, url: `/v2${args.url}` };\n  let result")
    assert _keys(NO_TOTAL, {**base, "web/src/api.ts": rewriting}) == []  # its requests: not known


LAZY = '''\
import { useLazyGetOrdersQuery, useLazyGetOrderQuery } from './lazyApi';

export function Search() {
  const [load, { data: orders }] = useLazyGetOrdersQuery();
  return <ul onClick={() => load()}>{orders?.map((order) => <li key={order.id}>{order.total}</li>)}</ul>;
}

export function Lookup({ id }) {
  const [fetchOrder, result] = useLazyGetOrderQuery();
  async function show() {
    const order = await fetchOrder(id).unwrap();
    alert(order.total);
  }
  return <p onClick={show}>{result.data?.total}</p>;
}
'''
LAZY_API = API.replace("addNote: build.mutation", '''getOrder: build.query({
      query: (id) => `/orders/${id}`,
    }),
    addNote: build.mutation''').replace(
    "export const { useGetOrdersQuery, useAddNoteMutation } = api;",
    "export const { useLazyGetOrdersQuery, useLazyGetOrderQuery } = api;")


def test_a_lazy_query_hooks_result_and_its_triggers_unwrapped_value():
    """`const [load, { data }] = useLazyGetXQuery()`, `result.data` of `[trigger, result]`,
    and `await trigger(id).unwrap()`."""
    base = {"backend/main.py": SERVER, "web/src/lazyApi.ts": LAZY_API, "web/src/lazy.tsx": LAZY}
    assert _keys(NO_TOTAL, base) == [
        ("IMP402", "web/src/lazy.tsx", 5, "error", "total"),
        ("IMP402", "web/src/lazy.tsx", 12, "error", "total"),
        ("IMP402", "web/src/lazy.tsx", 14, "error", "total"),
        ("IMP404", "backend/main.py", 9, "error", "total")]


SELECTED = '''\
import { useGetOrdersQuery } from './api';

export function Badge({ id }) {
  const { order } = useGetOrdersQuery(undefined, {
    selectFromResult: ({ data }) => ({ order: data?.find((o) => o.id === id) }),
  });
  return <span>{order?.total}</span>;
}

export function Big() {
  const { big, isLoading } = useGetOrdersQuery(undefined, {
    selectFromResult: ({ data, isLoading }) => ({ big: data?.filter((o) => o.total > 100) ?? [], isLoading }),
  });
  return <p>{isLoading ? '…' : big.length}</p>;
}
'''


def test_what_select_from_result_makes_of_a_query_hooks_result():
    """The selector's own reads (`o.total` in its filter) and the reads of a key it gives one
    value of the result (`order`: an item of `data`)."""
    base = {"backend/main.py": SERVER, "web/src/api.ts": API, "web/src/selected.tsx": SELECTED}
    assert _keys(NO_TOTAL, base) == [
        ("IMP402", "web/src/selected.tsx", 7, "error", "total"),
        ("IMP402", "web/src/selected.tsx", 12, "error", "total"),
        ("IMP404", "backend/main.py", 9, "error", "total")]
    unknown = SELECTED.replace("({ order: data?.find((o) => o.id === id) })", "pick(data, id)")
    assert _keys(NO_TOTAL, {**base, "web/src/selected.tsx": unknown}) == [
        ("IMP402", "web/src/selected.tsx", 12, "error", "total"),
        ("IMP404", "backend/main.py", 9, "error", "total")]


def test_a_mutations_trigger_and_result():
    """`const [addNote, { data }] = useAddNoteMutation()` and `await addNote(x).unwrap()`."""
    view = '''\
import { useAddNoteMutation } from './api';

export function Note({ id }) {
  const [addNote, { data: saved }] = useAddNoteMutation();
  async function add(text) {
    const order = await addNote({ id, text }).unwrap();
    alert(order.total);
  }
  return <p onClick={() => add('x')}>{saved?.total}</p>;
}
'''
    base = {"backend/main.py": SERVER, "web/src/api.ts": API, "web/src/note.tsx": view}
    assert _keys(NO_TOTAL, base) == [
        ("IMP402", "web/src/note.tsx", 7, "error", "total"),
        ("IMP402", "web/src/note.tsx", 9, "error", "total"),
        ("IMP404", "backend/main.py", 9, "error", "total")]
