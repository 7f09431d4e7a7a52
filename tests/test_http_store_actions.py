"""A pinia setup store's action returning a request's value gives it to the component that
awaits the action through the store it binds (`const store = useLoanStore()`, `await
store.borrow(...)`)."""

from __future__ import annotations

from conftest import selected_keys

ROUTES = """\
import express from 'express';

const app = express();
app.post('/api/loans', (req, res) => {
  res.json({ id: 1, cost: 3 });
});
app.listen(3000);
"""
STORE = """\
import axios from 'axios';
import { defineStore } from 'pinia';

export const useLoanStore = defineStore('loans', () => {
  async function borrow(input) {
    const { data: loan } = await axios.post('/api/loans', input);
    return loan;
  }

  const preview = async (input) => {
    const { data } = await axios.post('/api/loans', input);
    return data;
  };

  return { borrow, preview };
});
"""
FORM = """\
<script setup>
import { useLoanStore } from './loans';

const loanStore = useLoanStore();

async function submit() {
  const loan = await loanStore.borrow({ toolId: 1 });
  const other = await loanStore.preview({ toolId: 2 });
  return [loan.cost, other.cost];
}
</script>

<template>
  <button @click="submit">Borrow</button>
</template>
"""
BASE = {"server/index.js": ROUTES, "web/loans.js": STORE, "web/BorrowForm.vue": FORM,
        "server/package.json": '{"dependencies": {"express": "^4"}}'}


def _keys(change):
    return sorted(key[:4] for key in selected_keys(BASE, change, ("IMP4",)))


def test_what_a_setup_stores_action_returns_is_read_where_it_is_awaited():
    change = {"server/index.js": ROUTES.replace("cost: 3", "price: 3")}
    assert _keys(change) == [("IMP402", "web/BorrowForm.vue", 9, "error"),
                             ("IMP402", "web/BorrowForm.vue", 9, "error"),
                             ("IMP404", "server/index.js", 5, "error")]
