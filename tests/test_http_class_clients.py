"""A client written as a class the module makes once, in the shape of generated ones: each
call of its transport method (`this.request<T>('GET', '/dogs/')`, which calls `fetch` with
`${this.baseUrl}${path}`, `{ method }` and `body: JSON.stringify(body)`) is a request at its
line, under the base the instance was made with; a method returning it gives its callers the
body."""

from __future__ import annotations

from conftest import selected_keys

CLIENT = """\
export class ShopClient {
  constructor(private readonly baseUrl: string) {}

  private async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return (await response.json()) as T;
  }

  order(itemId: number, quantity: number) {
    return this.request<{ total: number }>('POST', `/items/${itemId}/orders`, { quantity });
  }

  remove(itemId: number) {
    return this.request<void>('DELETE', `/items/${itemId}`);
  }
}

export const shop = new ShopClient(import.meta.env.VITE_API_URL ?? '/api');
"""
PAGE = """\
import { shop } from './client';

export async function buy(id: number) {
  const receipt = await shop.order(id, 2);
  return receipt.total;
}
"""
SERVER = """\
from fastapi import APIRouter, FastAPI
from pydantic import BaseModel

router = APIRouter(prefix="/api/items")


class OrderIn(BaseModel):
    quantity: int


class OrderOut(BaseModel):
    total: int


@router.post("/{item_id}/orders", response_model=OrderOut)
def order(item_id: int, body: OrderIn):
    return OrderOut(total=body.quantity)


@router.delete("/{item_id}")
def remove(item_id: int):
    return None


app = FastAPI()
app.include_router(router)
"""
BASE = {"web/src/client.ts": CLIENT, "web/src/page.ts": PAGE, "api/main.py": SERVER}


def _keys(change):
    return sorted(key[:4] for key in selected_keys(BASE, change, ("IMP4",)))


def test_each_call_of_the_transport_is_a_request_under_the_instances_base():
    renamed = {"api/main.py": SERVER.replace('"/{item_id}/orders"', '"/{item_id}/purchases"')}
    assert _keys(renamed) == [("IMP401", "web/src/client.ts", 13, "error"), ("IMP403", "api/main.py", 15, "error")]
    verb = {"api/main.py": SERVER.replace('@router.delete("/{item_id}")', '@router.post("/{item_id}/remove")')}
    assert _keys(verb) == [("IMP401", "web/src/client.ts", 17, "error"), ("IMP403", "api/main.py", 20, "error")]


def test_the_method_returning_it_gives_its_callers_the_body_and_the_body_keys_are_sent():
    total = {"api/main.py": SERVER.replace("    total: int", "    sum: int").replace("OrderOut(total=", "OrderOut(sum=")}
    assert _keys(total) == [("IMP402", "web/src/page.ts", 5, "error"), ("IMP404", "api/main.py", 12, "error")]
    required = {"api/main.py": SERVER.replace("    quantity: int\n", "    quantity: int\n    coupon: str\n")}
    assert _keys(required) == [("IMP405", "web/src/client.ts", 13, "error")]
    moved_with_client = {"api/main.py": SERVER.replace('"/{item_id}/orders"', '"/{item_id}/purchases"'),
                         "web/src/client.ts": CLIENT.replace("/orders`", "/purchases`")}
    assert _keys(moved_with_client) == []
