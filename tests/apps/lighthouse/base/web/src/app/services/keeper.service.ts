import { HttpClient } from '@angular/common/http';
import { Injectable } from '@angular/core';
import { Observable } from 'rxjs';

import { Keeper, NewShift, Shift } from '../models';

@Injectable({ providedIn: 'root' })
export class KeeperService {
  constructor(private readonly http: HttpClient) {}

  list(): Observable<Keeper[]> {
    return this.http.get<Keeper[]>('/api/keepers');
  }

  bookShift(shift: NewShift): Observable<Shift> {
    return this.http.post<Shift>('/api/keepers/shifts', shift);
  }
}
