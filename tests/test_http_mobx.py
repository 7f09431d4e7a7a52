"""MobX stores (impact.http.mobx): a class whose method sets a field to a response
(`this.orders = response.data`, inside `runInAction(() => {...})` too), made once at module
level (`export const orderStore = new OrderStore()`), read by the modules that render with
`observer` and import the instance (`orderStore.orders.map(...)`, destructuring, props) —
IMP402. A class made twice, and a module that renders no observer, are not followed. The
cases run in memory (conftest.selected_keys)."""

from __future__ import annotations

from conftest import selected_keys

SERVER = '''\
import express from 'express';

const app = express();
app.get('/api/orders', (req, res) => {
  res.json([{ id: 1, label: 'a' }]);
});
app.get('/api/summary', (req, res) => {
  res.json({ open: 1, closed: 2 });
});
app.listen(3000);
'''
STORE = '''\
import axios from 'axios';
import { makeAutoObservable, runInAction } from 'mobx';

class OrderStore {
  orders = [];
  summary = null;

  constructor() {
    makeAutoObservable(this);
  }

  async load() {
    const response = await axios.get('/api/orders');
    runInAction(() => {
      this.orders = response.data;
    });
  }

  async loadSummary() {
    const { data } = await axios.get('/api/summary');
    this.summary = data;
  }
}

export const orderStore = new OrderStore();
'''
VIEW = '''\
import { observer } from 'mobx-react-lite';
import { orderStore } from './store';

export const Orders = observer(() => {
  const { summary } = orderStore;
  return (
    <section>
      <p>{summary?.open} open</p>
      <ul>{orderStore.orders.map((order) => <Row key={order.id} order={order} />)}</ul>
    </section>
  );
});

function Row({ order }) {
  return <li>{order.label}</li>;
}
'''
BASE = {"server/index.js": SERVER, "web/store.js": STORE, "web/views.jsx": VIEW}
NO_LABEL = {"server/index.js": SERVER.replace("label: 'a'", "title: 'a'")}
NO_OPEN = {"server/index.js": SERVER.replace("open: 1", "pending: 1")}


def _keys(change: dict, base: dict = BASE) -> list[tuple]:
    return sorted(selected_keys(base, change, ("IMP4",)))


def test_a_field_a_store_method_sets_read_by_an_observer_through_the_instance():
    assert _keys(NO_LABEL) == [
        ("IMP402", "web/views.jsx", 15, "error", "label"),
        ("IMP404", "server/index.js", 5, "error", "label")]
    assert _keys(NO_OPEN) == [
        ("IMP402", "web/views.jsx", 8, "error", "open"),
        ("IMP404", "server/index.js", 8, "error", "open")]


def test_a_class_made_twice_or_read_by_no_observer_is_not_followed():
    twice = STORE + "export const otherStore = new OrderStore();\n"
    assert _keys(NO_LABEL, {**BASE, "web/store.js": twice}) == []
    plain = VIEW.replace("import { observer } from 'mobx-react-lite';\n", "import { observer } from './mobx';\n")
    assert _keys(NO_LABEL, {**BASE, "web/views.jsx": plain}) == []


def test_a_store_instance_exported_as_the_default_and_set_in_a_then_callback():
    """`export default new OrderStore()`, imported as `import orderStore from './store'`;
    `axios.get(url).then((response) => this.orders = response.data)` in a method."""
    store = STORE.replace('''    const response = await axios.get('/api/orders');
    runInAction(() => {
      this.orders = response.data;
    });''', "    axios.get('/api/orders').then((response) => (this.orders = response.data));").replace(
        "export const orderStore = new OrderStore();", "export default new OrderStore();")
    view = VIEW.replace("import { orderStore } from './store';", "import orderStore from './store';")
    assert _keys(NO_LABEL, {**BASE, "web/store.js": store, "web/views.jsx": view}) == [
        ("IMP402", "web/views.jsx", 15, "error", "label"),
        ("IMP404", "server/index.js", 5, "error", "label")]
