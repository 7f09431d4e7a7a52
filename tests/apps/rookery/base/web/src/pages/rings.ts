import { api } from '../api';

export async function renderRings(root: HTMLElement) {
  const rings = await api.rings();
  root.innerHTML = rings
    .map((ring) => `<tr><td>${ring.code}</td><td>${ring.species}</td><td>${ring.wingMm} mm</td></tr>`)
    .join('');
}

export async function renderRing(root: HTMLElement, ringId: number) {
  const ring = await api.ring(ringId);
  const recoveries = await api.recoveries(ringId);
  root.innerHTML = `<h2>${ring.code}</h2><p>Ringed by ${ring.ringer}, wing index ${ring.wingIndex}</p>
    <ul>${recoveries.map((r) => `<li>${r.place} on ${r.date}</li>`).join('')}</ul>`;
}
