import { Component, inject } from '@angular/core';
import { FormsModule } from '@angular/forms';

import { VisitService } from '../services/visit.service';

@Component({
  selector: 'app-visit-form',
  standalone: true,
  imports: [FormsModule],
  template: `
    <form (ngSubmit)="submit()">
      <input name="berth" type="number" [(ngModel)]="berthId" />
      <input name="vessel" [(ngModel)]="vessel" />
      <button type="submit">Arrive</button>
    </form>
    <p>{{ message }}</p>
  `,
})
export class VisitFormComponent {
  private readonly visits = inject(VisitService);
  berthId = 1;
  vessel = '';
  message = '';

  submit(): void {
    this.visits.create({ berthId: this.berthId, vessel: this.vessel }).subscribe((visit) => {
      this.message = `${visit.vessel} arrived at ${visit.arrivedAt}`;
    });
  }
}
