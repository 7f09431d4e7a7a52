import { API } from '../config';

// The station's public page embeds these two without the app's client.

export async function recentRecoveries(ringId: number): Promise<string[]> {
  const res = await fetch(`${API}/rings/${ringId}/recoveries`);
  const recoveries: { place: string; date: string }[] = await res.json();
  return recoveries.map((recovery) => `${recovery.place} (${recovery.date})`);
}

export async function colonyCount(species: string): Promise<number> {
  const res = await fetch(`${API}/birds/search?species=${encodeURIComponent(species)}`);
  const sightings: { count: number }[] = await res.json();
  return sightings.reduce((sum, sighting) => sum + sighting.count, 0);
}
