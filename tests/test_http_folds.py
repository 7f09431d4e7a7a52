"""An array response folded with `reduce((sum, item) => ...)` reads its items through the
callback's second parameter (the first is the accumulator)."""

from __future__ import annotations

from conftest import selected_keys

ROUTES = """\
import express from 'express';

const app = express();
app.get('/api/loans', (req, res) => {
  res.json([{ id: 1, cost: 3 }]);
});
app.listen(3000);
"""
STORE = """\
import axios from 'axios';

export async function totalCost() {
  const { data } = await axios.get('/api/loans');
  return data.reduce((sum, loan) => sum + loan.cost, 0);
}

export async function ids() {
  const { data } = await axios.get('/api/loans');
  return data.reduce((cost, loan) => [...cost, loan.id], []);
}
"""
BASE = {"server/index.js": ROUTES, "web/store.js": STORE, "server/package.json": '{"dependencies": {"express": "^4"}}'}


def _keys(change):
    return sorted(key[:4] for key in selected_keys(BASE, change, ("IMP4",)))


def test_the_second_parameter_of_a_reduce_callback_is_an_item_of_the_response():
    change = {"server/index.js": ROUTES.replace("cost: 3", "price: 3")}
    assert _keys(change) == [("IMP402", "web/store.js", 5, "error"), ("IMP404", "server/index.js", 5, "error")]
    ids = {"server/index.js": ROUTES.replace("{ id: 1,", "{ key: 1,")}
    assert _keys(ids) == [("IMP402", "web/store.js", 10, "error"), ("IMP404", "server/index.js", 5, "error")]
