import { HttpClient } from '@angular/common/http';
import { Injectable } from '@angular/core';
import { Observable } from 'rxjs';

import { Barrel } from '../models';

@Injectable({ providedIn: 'root' })
export class BarrelService {
  constructor(private http: HttpClient) {}

  list(): Observable<Barrel[]> {
    return this.http.get<Barrel[]>('/api/barrels');
  }

  toast(barrelId: number, level: string): Observable<Barrel> {
    return this.http.post<Barrel>(`/api/barrels/${barrelId}/toast`, { level });
  }
}
