import { Injectable, inject } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { Observable } from 'rxjs';
import { environment } from '../../environments/environment';
import { NewOrder, Order } from '../models';

const API = `${environment.apiUrl}/api`;

@Injectable({ providedIn: 'root' })
export class OrderService {
  private http = inject(HttpClient);

  list(): Observable<Order[]> {
    return this.http.get<Order[]>(`${API}/orders`);
  }

  place(order: NewOrder): Observable<Order> {
    return this.http.post<Order>(`${API}/orders`, order);
  }
}
