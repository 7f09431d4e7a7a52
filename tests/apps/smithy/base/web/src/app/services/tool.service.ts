import { Injectable, inject } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { Observable } from 'rxjs';
import { environment } from '../../environments/environment';
import { Tool } from '../models';

const API = `${environment.apiUrl}/api`;

@Injectable({ providedIn: 'root' })
export class ToolService {
  private http = inject(HttpClient);

  list(): Observable<Tool[]> {
    return this.http.get<Tool[]>(`${API}/tools`);
  }

  sharpen(toolId: number): Observable<Tool> {
    return this.http.post<Tool>(`${API}/tools/${toolId}/sharpen`, {});
  }
}
