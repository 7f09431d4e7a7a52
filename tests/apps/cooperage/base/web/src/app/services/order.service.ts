import { HttpClient } from '@angular/common/http';
import { Injectable } from '@angular/core';
import { Observable } from 'rxjs';

import { NewOrder, Order } from '../models';

@Injectable({ providedIn: 'root' })
export class OrderService {
  constructor(private http: HttpClient) {}

  list(): Observable<Order[]> {
    return this.http.get<Order[]>('/api/orders');
  }

  place(order: NewOrder): Observable<Order> {
    return this.http.post<Order>('/api/orders', order);
  }
}
