import { api } from '../api';

export async function renderSightings(root: HTMLElement, species: string) {
  const sightings = await api.sightings(species);
  root.innerHTML = sightings.map((s) => `<li>${s.count} at ${s.site}</li>`).join('');
}
