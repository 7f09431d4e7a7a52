import { CurrencyPipe, DatePipe } from '@angular/common';
import { Component, OnInit, inject } from '@angular/core';

import { Visit } from '../models';
import { VisitService } from '../services/visit.service';

@Component({
  selector: 'app-visit-list',
  standalone: true,
  imports: [CurrencyPipe, DatePipe],
  template: `
    <table>
      @for (visit of visits; track visit.id) {
        <tr>
          <td>{{ visit.vessel }}</td>
          <td>{{ visit.arrivedAt | date: 'short' }}</td>
          <td>{{ visit.total | currency: 'EUR' }}</td>
          <td><button (click)="pay(visit)" [disabled]="visit.paid">Pay</button></td>
        </tr>
      }
    </table>
    <p>{{ receiptNote }}</p>
  `,
})
export class VisitListComponent implements OnInit {
  private readonly visitService = inject(VisitService);
  visits: Visit[] = [];
  receiptNote = '';

  ngOnInit(): void {
    this.visitService.list().subscribe((visits) => (this.visits = visits));
  }

  pay(visit: Visit): void {
    this.visitService.pay(visit.id, visit.total).subscribe(({ paidAmount, balance }) => {
      this.receiptNote = `Paid ${paidAmount}, balance ${balance}`;
    });
  }
}
