import axios from 'axios';

class SaddleryApi {
  constructor() {
    this.http = axios.create({ baseURL: '/api', timeout: 5000 });
  }

  async saddles() {
    const { data } = await this.http.get('/saddles');
    return data;
  }

  async reserve(saddleId, reservation) {
    const { data } = await this.http.post(`/saddles/${saddleId}/reserve`, reservation);
    return data;
  }

  async fittings() {
    const { data } = await this.http.get('/fittings');
    return data;
  }

  async bookFitting(fitting) {
    const { data } = await this.http.post('/fittings', fitting);
    return data;
  }
}

export const api = new SaddleryApi();
