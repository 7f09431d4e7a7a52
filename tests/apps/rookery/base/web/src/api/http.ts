import axios from 'axios';
import { API } from '../config';

export const http = axios.create({ baseURL: API, timeout: 5000 });
