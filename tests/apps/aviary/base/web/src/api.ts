import axios from 'axios';
import type { Bird, Sighting } from './types';

const http = axios.create({ baseURL: '/api' });

export default {
  async listBirds(): Promise<Bird[]> {
    const { data } = await http.get<Bird[]>('/birds/');
    return data;
  },
  async ringBird(id: number): Promise<Bird> {
    const { data } = await http.post<Bird>(`/birds/${id}/ring`);
    return data;
  },
  async listSightings(): Promise<Sighting[]> {
    const { data } = await http.get<Sighting[]>('/sightings/');
    return data;
  },
  async reportSighting(birdId: number, place: string): Promise<Sighting> {
    const { data } = await http.post<Sighting>('/sightings/', { bird_id: birdId, place });
    return data;
  },
  async removeSighting(id: number): Promise<void> {
    await http.delete(`/sightings/${id}`);
  },
};
