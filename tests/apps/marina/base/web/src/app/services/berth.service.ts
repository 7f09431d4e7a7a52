import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

import { environment } from '../../environments/environment';
import { Berth } from '../models';

@Injectable({ providedIn: 'root' })
export class BerthService {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = `${environment.apiUrl}/berths`;

  list(pier?: string): Observable<Berth[]> {
    const params = pier ? new HttpParams().set('pier', pier) : undefined;
    return this.http.get<Berth[]>(`${this.baseUrl}/`, { params });
  }

  get(id: number): Observable<Berth> {
    return this.http.get<Berth>(`${this.baseUrl}/${id}`);
  }

  release(id: number): Observable<Berth> {
    return this.http.post<Berth>(`${this.baseUrl}/${id}/release`, {});
  }
}
