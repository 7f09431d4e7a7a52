import { HttpClient } from '@angular/common/http';
import { Injectable } from '@angular/core';
import { Observable, map } from 'rxjs';

import { environment } from '../../environments/environment';
import { NewVisit, Receipt, Visit } from '../models';

@Injectable({ providedIn: 'root' })
export class VisitService {
  private readonly baseUrl = `${environment.apiUrl}/visits`;

  constructor(private http: HttpClient) {}

  list(): Observable<Visit[]> {
    return this.http.get<Visit[]>(`${this.baseUrl}/`);
  }

  unpaid(): Observable<Visit[]> {
    return this.list().pipe(map((visits) => visits.filter((v) => !v.paid)));
  }

  create(visit: NewVisit): Observable<Visit> {
    return this.http.post<Visit>(`${this.baseUrl}/`, visit);
  }

  pay(visitId: number, amount: number): Observable<Receipt> {
    return this.http.post<Receipt>(`${this.baseUrl}/${visitId}/payments`, { amount });
  }
}
