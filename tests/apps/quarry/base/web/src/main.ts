import { listBlocks, splitBlock } from './blocks';
import { placeOrder } from './orders';

const table = document.querySelector<HTMLTableElement>('#blocks')!;
const form = document.querySelector<HTMLFormElement>('#order')!;
const status = document.querySelector<HTMLElement>('#status')!;

async function render() {
  table.innerHTML = '';
  for (const block of await listBlocks()) {
    const row = table.insertRow();
    row.insertCell().textContent = `${block.stone} (${block.grade})`;
    row.insertCell().textContent = `${block.weightKg} kg`;
    const split = row.insertCell().appendChild(document.createElement('button'));
    split.textContent = 'Split in 2';
    split.onclick = async () => {
      const done = await splitBlock(block.id, 2);
      status.textContent = `${done.pieces} pieces of ${done.pieceKg} kg`;
    };
  }
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const data = new FormData(form);
  const order = await placeOrder({
    blockId: String(data.get('blockId')),
    customer: String(data.get('customer')),
    note: String(data.get('note') ?? ''),
  });
  status.textContent = `Order ${order.id}: ${order.status}`;
});

render();
