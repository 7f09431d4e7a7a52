import { addHive, hiveLabels } from './hives';

async function render() {
  const list = document.querySelector<HTMLUListElement>('#hives');
  if (!list) return;
  const labels = await hiveLabels();
  list.innerHTML = labels.map((label) => `<li>${label}</li>`).join('');
}

document.querySelector<HTMLFormElement>('#new-hive')?.addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.currentTarget as HTMLFormElement;
  await addHive(String(new FormData(form).get('name')));
  await render();
});

render();
