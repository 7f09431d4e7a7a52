import { HttpClient } from '@angular/common/http';
import { Injectable } from '@angular/core';
import { Observable } from 'rxjs';

import { Lamp } from '../models';

@Injectable({ providedIn: 'root' })
export class LampService {
  private readonly base = '/api/lamps';

  constructor(private http: HttpClient) {}

  list(): Observable<Lamp[]> {
    return this.http.get<Lamp[]>(`${this.base}/`);
  }

  setWattage(id: number, wattage: number): Observable<Lamp> {
    return this.http.patch<Lamp>(`${this.base}/${id}`, { wattage });
  }

  light(id: number): Observable<Lamp> {
    return this.http.post<Lamp>(`${this.base}/${id}/light`, {});
  }
}
