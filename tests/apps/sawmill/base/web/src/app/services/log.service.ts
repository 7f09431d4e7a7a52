import { HttpClient } from '@angular/common/http';
import { Injectable } from '@angular/core';
import { Observable } from 'rxjs';

import { environment } from '../../environments/environment';
import { Log } from '../models';

const API = `${environment.apiUrl}/api`;

@Injectable({ providedIn: 'root' })
export class LogService {
  constructor(private http: HttpClient) {}

  list(): Observable<Log[]> {
    return this.http.get<Log[]>(`${API}/logs/`);
  }

  seasoned(): Observable<Log[]> {
    return this.http.get<Log[]>(`${API}/logs/seasoned/`);
  }

  mill(logId: number): Observable<Log> {
    return this.http.post<Log>(`${API}/logs/${logId}/mill/`, {});
  }
}
