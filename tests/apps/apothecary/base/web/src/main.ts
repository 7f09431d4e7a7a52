import { placeOrder } from './orders';
import { doseFor, listRemedies, restock } from './remedies';

const table = document.querySelector<HTMLTableElement>('#remedies')!;
const form = document.querySelector<HTMLFormElement>('#order')!;
const status = document.querySelector<HTMLElement>('#status')!;

async function render() {
  table.innerHTML = '';
  for (const remedy of await listRemedies()) {
    const row = table.insertRow();
    row.insertCell().textContent = remedy.name;
    row.insertCell().textContent = `${remedy.stockMg} mg`;
    const dose = row.insertCell().appendChild(document.createElement('button'));
    dose.textContent = 'Dose for 70 kg';
    dose.onclick = async () => {
      const found = await doseFor(remedy.id, 70);
      status.textContent = `${found.remedy}: ${found.dailyMg} mg a day`;
    };
    const refill = row.insertCell().appendChild(document.createElement('button'));
    refill.textContent = 'Restock 1 g';
    refill.onclick = async () => {
      const updated = await restock(remedy.id, 1000);
      status.textContent = `${updated.name}: ${updated.stockMg} mg`;
    };
  }
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const data = new FormData(form);
  const order = await placeOrder({
    remedy_id: Number(data.get('remedyId')),
    patient: String(data.get('patient')),
  });
  status.textContent = `Order ${order.id}: ${order.status}`;
});

render();
