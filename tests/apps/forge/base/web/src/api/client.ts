import axios from 'axios';

import type { Job, Machine, MachinePatch, NewJob, Started } from '../types';

const http = axios.create({ baseURL: '/api' });

export class ForgeClient {
  async jobs(): Promise<Job[]> {
    const { data } = await http.get<Job[]>('/jobs/');
    return data;
  }

  async createJob(job: NewJob): Promise<Job> {
    const { data } = await http.post<Job>('/jobs/', job);
    return data;
  }

  async startJob(id: number, start: { operator: string }): Promise<Started> {
    const { data } = await http.post<Started>(`/jobs/${id}/start`, start);
    return data;
  }

  async machines(): Promise<Machine[]> {
    const { data } = await http.get<Machine[]>('/machines/');
    return data;
  }

  async updateMachine(id: number, patch: MachinePatch): Promise<Machine> {
    const { data } = await http.patch<Machine>(`/machines/${id}`, patch);
    return data;
  }
}

export const forge = new ForgeClient();
