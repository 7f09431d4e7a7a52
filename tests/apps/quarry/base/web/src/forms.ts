import type { OrderForm } from './types';

export function orderPayload(form: OrderForm) {
  return {
    blockId: Number(form.blockId),
    customer: form.customer.trim(),
    note: form.note,
  };
}
