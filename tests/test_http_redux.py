"""Redux Toolkit (impact.http.redux): a thunk's payload (`createAsyncThunk('x', async () =>
fetchOrders())`, or the function itself) kept by a slice's `addCase(thunk.fulfilled, (state,
action) => { state.items = action.payload.items })` (or `extraReducers: { [thunk.fulfilled]:
reducer }`), read in the reducer and through selectors (`useSelector((s) => s.orders.items)`,
a typed `useAppSelector`, destructuring, props) — IMP402; the thunk made in the slice's module
or imported from another. A reducer that reshapes the payload and a selector that is no chain
of the state's properties are not followed. Also what a JavaScript body's value a
serializer function's call gives (`items: rows.map(toDto)`, `(row) => toDto(db, row)`, a
const). The cases run in memory (conftest.selected_keys)."""

from __future__ import annotations

from conftest import selected_keys

SERVER = '''\
import express from 'express';
import { listOrders } from './orders.js';

const app = express();
app.get('/api/orders', (req, res) => {
  const items = listOrders(db);
  res.json({ items, total: items.length });
});
app.listen(3000);
'''
ORDERS = '''\
export function toOrderDto(db, row) {
  return { id: row.id, label: row.label, shop: db.name };
}

export function listOrders(db) {
  return db.orders.map((row) => toOrderDto(db, row));
}
'''
API = '''\
export async function fetchOrders() {
  const res = await fetch('/api/orders');
  return res.json();
}
'''
SLICE = '''\
import { createAsyncThunk, createSlice } from '@reduxjs/toolkit';
import { fetchOrders } from './api';

export const loadOrders = createAsyncThunk('orders/load', async () => {
  const page = await fetchOrders();
  return page;
});

const ordersSlice = createSlice({
  name: 'orders',
  initialState: { items: [], total: 0 },
  reducers: {},
  extraReducers: (builder) => {
    builder.addCase(loadOrders.fulfilled, (state, action) => {
      state.items = action.payload.items;
      state.total = action.payload.total;
    });
  },
});

export default ordersSlice.reducer;
'''
VIEW = '''\
import { useSelector } from 'react-redux';
import { useAppSelector } from './hooks';

export function Orders() {
  const items = useSelector((state) => state.orders.items);
  return <ul>{items.map((order) => <Row key={order.id} order={order} />)}</ul>;
}

function Row({ order }) {
  return <li>{order.label}</li>;
}

export function Count() {
  const { total } = useAppSelector((s) => s.orders);
  return <p>{total}</p>;
}
'''
BASE = {"server/index.js": SERVER, "server/orders.js": ORDERS, "web/api.js": API,
        "web/ordersSlice.js": SLICE, "web/views.jsx": VIEW}
NO_LABEL = {"server/orders.js": ORDERS.replace("label: row.label", "title: row.label")}


def _keys(change: dict, base: dict = BASE) -> list[tuple]:
    return sorted(selected_keys(base, change, ("IMP4",)))


def test_a_field_of_a_payload_kept_by_a_slice_and_read_through_a_selector_and_a_prop():
    assert _keys(NO_LABEL) == [
        ("IMP402", "web/views.jsx", 10, "error", "label"),
        ("IMP404", "server/orders.js", 2, "error", "label")]


def test_a_payload_field_the_reducer_reads():
    change = {"server/index.js": SERVER.replace("total: items.length", "count: items.length")}
    assert _keys(change) == [
        ("IMP402", "web/ordersSlice.js", 16, "error", "total"),
        ("IMP404", "server/index.js", 7, "error", "total")]


def test_a_thunk_given_the_request_function_itself():
    slice_ = SLICE.replace('''async () => {
  const page = await fetchOrders();
  return page;
}''', "fetchOrders")
    assert _keys(NO_LABEL, {**BASE, "web/ordersSlice.js": slice_}) == [
        ("IMP402", "web/views.jsx", 10, "error", "label"),
        ("IMP404", "server/orders.js", 2, "error", "label")]


def test_reshaped_payloads_other_modules_thunks_and_other_selectors_are_not_followed():
    reshaped = SLICE.replace("state.items = action.payload.items;",
                             "state.items = action.payload.items.filter(Boolean);")
    assert _keys(NO_LABEL, {**BASE, "web/ordersSlice.js": reshaped}) == []
    elsewhere = SLICE.replace("export const loadOrders = createAsyncThunk(", "export const unused = (")
    elsewhere = "import { loadOrders } from './thunks';\n" + elsewhere
    assert _keys(NO_LABEL, {**BASE, "web/ordersSlice.js": elsewhere}) == []
    selected = VIEW.replace("(state) => state.orders.items", "(state) => selectVisible(state)")
    assert _keys(NO_LABEL, {**BASE, "web/views.jsx": selected}) == []


def test_a_json_value_a_serializer_call_gives():
    """`{ items }` where `const items = listOrders(db)` and `listOrders` returns
    `rows.map((row) => toOrderDto(db, row))`; `items: rows.map(toDto)` in place."""
    in_place = SERVER.replace('''  const items = listOrders(db);
  res.json({ items, total: items.length });''',
                              "  res.json({ items: db.orders.map(toOrderDto), total: 0 });").replace(
        "import { listOrders }", "import { toOrderDto }")
    client = '''\
export async function labels() {
  const res = await fetch('/api/orders');
  const body = await res.json();
  return body.items.map((order) => order.label);
}
'''
    base = {"server/index.js": in_place, "server/orders.js": ORDERS, "web/api.js": client}
    assert _keys(NO_LABEL, base) == [
        ("IMP402", "web/api.js", 4, "error", "label"),
        ("IMP404", "server/orders.js", 2, "error", "label")]


def test_selectors_of_another_package_do_not_read_this_packages_slice():
    """Two frontends with a slice named `orders` each: a selector reads its own package's."""
    manifest = '{ "name": "%s", "dependencies": { "@reduxjs/toolkit": "^2.0.0" } }'
    base = {**BASE, "web/package.json": manifest % "web", "admin/package.json": manifest % "admin",
            "admin/views.jsx": VIEW.replace("./hooks", "../web/hooks")}
    del base["web/views.jsx"]
    assert _keys(NO_LABEL, base) == []
    assert _keys(NO_LABEL, {**base, "web/views.jsx": VIEW}) == [
        ("IMP402", "web/views.jsx", 10, "error", "label"),
        ("IMP404", "server/orders.js", 2, "error", "label")]


THUNKS = '''\
import { createAsyncThunk } from '@reduxjs/toolkit';
import { fetchOrders } from './api';

export const loadOrders = createAsyncThunk('orders/load', async () => {
  const page = await fetchOrders();
  return page;
});
'''
IMPORTING_SLICE = '''\
import { createSlice } from '@reduxjs/toolkit';
import { loadOrders } from './thunks';

const ordersSlice = createSlice({
  name: 'orders',
  initialState: { items: [], total: 0 },
  reducers: {},
  extraReducers: (builder) => {
    builder.addCase(loadOrders.fulfilled, (state, action) => {
      state.items = action.payload.items;
      state.total = action.payload.total;
    });
  },
});

export default ordersSlice.reducer;
'''
IMPORTED = {**BASE, "web/thunks.js": THUNKS, "web/ordersSlice.js": IMPORTING_SLICE}
NO_TOTAL = {"server/index.js": SERVER.replace("total: items.length", "count: items.length")}


def test_a_thunk_imported_from_another_module():
    """The slice keeps the payload of a thunk made in `thunks.js`: the reducer's reads and
    the selectors' reads of what it keeps."""
    assert _keys(NO_LABEL, IMPORTED) == [
        ("IMP402", "web/views.jsx", 10, "error", "label"),
        ("IMP404", "server/orders.js", 2, "error", "label")]
    assert _keys(NO_TOTAL, IMPORTED) == [
        ("IMP402", "web/ordersSlice.js", 11, "error", "total"),
        ("IMP404", "server/index.js", 7, "error", "total")]


def test_the_object_and_method_forms_of_extra_reducers():
    """`extraReducers: { [thunk.fulfilled]: reducer }` (Redux Toolkit 1; `.type` too) and
    `extraReducers(builder) {...}`."""
    builder = '''  extraReducers: (builder) => {
    builder.addCase(loadOrders.fulfilled, (state, action) => {
      state.items = action.payload.items;
      state.total = action.payload.total;
    });
  },'''
    keyed = '''  extraReducers: {
    [loadOrders.fulfilled]: (state, action) => {
      state.items = action.payload.items;
      state.total = action.payload.total;
    },
  },'''
    forms = [keyed, keyed.replace("[loadOrders.fulfilled]", "[loadOrders.fulfilled.type]"),
             builder.replace("extraReducers: (builder) =>", "extraReducers(builder)")]
    for form in forms:
        slice_ = IMPORTING_SLICE.replace(builder, form)
        assert _keys(NO_LABEL, {**IMPORTED, "web/ordersSlice.js": slice_}) == [
            ("IMP402", "web/views.jsx", 10, "error", "label"),
            ("IMP404", "server/orders.js", 2, "error", "label")], form
    local = SLICE.replace(builder, keyed)
    assert _keys(NO_TOTAL, {**BASE, "web/ordersSlice.js": local}) == [
        ("IMP402", "web/ordersSlice.js", 16, "error", "total"),
        ("IMP404", "server/index.js", 7, "error", "total")]


def test_an_imported_thunks_other_actions_and_reshaped_payloads_are_not_followed():
    rejected = IMPORTING_SLICE.replace("loadOrders.fulfilled", "loadOrders.rejected")
    assert _keys(NO_LABEL, {**IMPORTED, "web/ordersSlice.js": rejected}) == []
    reshaped = IMPORTING_SLICE.replace("state.items = action.payload.items;",
                                       "state.items = action.payload.items.filter(Boolean);")
    assert _keys(NO_LABEL, {**IMPORTED, "web/ordersSlice.js": reshaped}) == []
    keyed_elsewhere = IMPORTING_SLICE.replace("loadOrders.fulfilled", "other.loadOrders.fulfilled")
    assert _keys(NO_TOTAL, {**IMPORTED, "web/ordersSlice.js": keyed_elsewhere}) == []


def test_a_reducer_that_returns_the_payload_as_the_slices_state():
    """`builder.addCase(thunk.fulfilled, (state, action) => action.payload)` (or `{ return
    action.payload.items; }`): the slice's state is the payload, `state.orders` in selectors."""
    view = '''\
import { useSelector } from 'react-redux';

export function Orders() {
  const orders = useSelector((state) => state.orders);
  return <ul>{orders.items.map((order) => <li key={order.id}>{order.label}</li>)}</ul>;
}
'''
    returned = IMPORTING_SLICE.replace('''(state, action) => {
      state.items = action.payload.items;
      state.total = action.payload.total;
    }''', "(state, action) => action.payload")
    base = {**IMPORTED, "web/ordersSlice.js": returned, "web/views.jsx": view}
    assert _keys(NO_LABEL, base) == [
        ("IMP402", "web/views.jsx", 5, "error", "label"),
        ("IMP404", "server/orders.js", 2, "error", "label")]
    block = IMPORTING_SLICE.replace('''(state, action) => {
      state.items = action.payload.items;
      state.total = action.payload.total;
    }''', "(state, action) => {\n      return action.payload.items;\n    }")
    items_view = view.replace("orders.items.map", "orders.map")
    base = {**IMPORTED, "web/ordersSlice.js": block, "web/views.jsx": items_view}
    assert _keys(NO_LABEL, base) == [
        ("IMP402", "web/views.jsx", 5, "error", "label"),
        ("IMP404", "server/orders.js", 2, "error", "label")]


def test_a_thunk_whose_creator_makes_the_request_itself():
    """`createAsyncThunk('x', async () => { const res = await fetch(...); return res.json(); })`,
    `try { ... return res.data } catch (e) { return rejectWithValue(...) }` with axios: the
    payload is what the creator returns of the response, in its slice's module or another."""
    fetching = THUNKS.replace('''async () => {
  const page = await fetchOrders();
  return page;
}''', '''async (_, { rejectWithValue }) => {
  try {
    const res = await fetch('/api/orders');
    return await res.json();
  } catch (err) {
    return rejectWithValue(err.message);
  }
}''')
    assert _keys(NO_LABEL, {**IMPORTED, "web/thunks.js": fetching}) == [
        ("IMP402", "web/views.jsx", 10, "error", "label"),
        ("IMP404", "server/orders.js", 2, "error", "label")]
    local = SLICE.replace('''async () => {
  const page = await fetchOrders();
  return page;
}''', '''async () => {
  const res = await axios.get('/api/orders');
  return res.data;
}''').replace("import { fetchOrders } from './api';", "import axios from 'axios';")
    assert _keys(NO_TOTAL, {**BASE, "web/ordersSlice.js": local}) == [
        ("IMP402", "web/ordersSlice.js", 16, "error", "total"),
        ("IMP404", "server/index.js", 7, "error", "total")]
