import { api } from '../api';

export function bindFitForm(form: HTMLFormElement, out: HTMLElement) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const fields = new FormData(form);
    const ring = await api.fitRing({
      code: String(fields.get('code')),
      species: String(fields.get('species')),
      wingMm: Number(fields.get('wing')),
    });
    out.textContent = `Fitted ${ring.code} (${ring.species})`;
  });
}
