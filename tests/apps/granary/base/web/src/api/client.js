import axios from 'axios';

class GranaryApi {
  constructor(http) {
    this.http = http;
  }

  async bins() {
    const { data } = await this.http.get('/bins/');
    return data;
  }

  async bin(binId) {
    const { data } = await this.http.get(`/bins/show/${binId}`);
    return data;
  }

  async aerate(binId, points) {
    const { data } = await this.http.post(`/bins/aerate/${binId}`, { points });
    return data;
  }

  async deliveries() {
    const { data } = await this.http.get('/deliveries/');
    return data;
  }

  async bookDelivery(delivery) {
    const { data } = await this.http.post('/deliveries/book', delivery);
    return data;
  }
}

export const api = new GranaryApi(axios.create({ baseURL: '/api', timeout: 5000 }));
