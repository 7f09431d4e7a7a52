import { HttpClient } from '@angular/common/http';
import { Injectable } from '@angular/core';
import { Observable } from 'rxjs';

import { environment } from '../../environments/environment';
import { CutOrder, NewCutOrder } from '../models';

const API = `${environment.apiUrl}/api`;

@Injectable({ providedIn: 'root' })
export class OrderService {
  constructor(private http: HttpClient) {}

  list(): Observable<CutOrder[]> {
    return this.http.get<CutOrder[]>(`${API}/cut-orders/`);
  }

  create(order: NewCutOrder): Observable<CutOrder> {
    return this.http.post<CutOrder>(`${API}/cut-orders/`, order);
  }
}
