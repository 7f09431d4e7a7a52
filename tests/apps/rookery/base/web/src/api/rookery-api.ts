import type { AxiosInstance } from 'axios';
import type { NewRing, Recovery, Ring, Sighting } from './types';

export class RookeryApi {
  constructor(private readonly http: AxiosInstance) {}

  async rings(): Promise<Ring[]> {
    const { data } = await this.http.get<Ring[]>('/rings/');
    return data;
  }

  async ring(ringId: number): Promise<Ring> {
    const { data } = await this.http.get<Ring>(`/rings/${ringId}`);
    return data;
  }

  async recoveries(ringId: number): Promise<Recovery[]> {
    const { data } = await this.http.get<Recovery[]>(`/rings/${ringId}/recoveries`);
    return data;
  }

  async fitRing(ring: NewRing): Promise<Ring> {
    const { data } = await this.http.post<Ring>('/rings/fit', ring);
    return data;
  }

  async sightings(species: string): Promise<Sighting[]> {
    const { data } = await this.http.get<Sighting[]>('/birds/search', { params: { species } });
    return data;
  }
}
