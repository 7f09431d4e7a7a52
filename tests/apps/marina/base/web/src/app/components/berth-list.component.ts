import { AsyncPipe } from '@angular/common';
import { Component, inject } from '@angular/core';
import { Observable } from 'rxjs';

import { Berth } from '../models';
import { BerthService } from '../services/berth.service';
import { BerthCardComponent } from './berth-card.component';

@Component({
  selector: 'app-berth-list',
  standalone: true,
  imports: [AsyncPipe, BerthCardComponent],
  template: `
    @for (berth of berths$ | async; track berth.id) {
      <app-berth-card [berth]="berth" (release)="onRelease($event)" />
    }
  `,
})
export class BerthListComponent {
  private readonly berths = inject(BerthService);
  berths$: Observable<Berth[]> = this.berths.list();

  onRelease(id: number): void {
    this.berths.release(id).subscribe(() => {
      this.berths$ = this.berths.list();
    });
  }
}
