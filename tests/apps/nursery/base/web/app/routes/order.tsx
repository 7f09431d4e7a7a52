import { useFetcher } from "react-router";
import type { Route } from "./+types/order";
import { cancelOrder, placeOrder } from "../api.server";

export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData();
  if (form.get("intent") === "cancel") {
    await cancelOrder(Number(form.get("orderId")));
    return null;
  }
  return placeOrder(Number(form.get("plantId")), Number(form.get("quantity")));
}

export default function NewOrder() {
  const fetcher = useFetcher<typeof action>();
  const order = fetcher.data;

  function cancel(id: number) {
    fetcher.submit({ intent: "cancel", orderId: id }, { method: "post" });
  }

  return (
    <main>
      <fetcher.Form method="post">
        <input name="plantId" type="number" />
        <input name="quantity" type="number" defaultValue={1} />
        <button type="submit">Order</button>
      </fetcher.Form>
      {order && (
        <p>
          Order #{order.id}: {order.quantity} for {order.total.toFixed(2)}
          <button onClick={() => cancel(order.id)}>Cancel</button>
        </p>
      )}
    </main>
  );
}
