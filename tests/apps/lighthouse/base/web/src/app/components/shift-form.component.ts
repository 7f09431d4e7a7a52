import { Component, OnInit } from '@angular/core';
import { FormsModule } from '@angular/forms';

import { Keeper } from '../models';
import { KeeperService } from '../services/keeper.service';

@Component({
  selector: 'app-shift-form',
  standalone: true,
  imports: [FormsModule],
  template: `
    <form (ngSubmit)="book()">
      <select name="keeper" [(ngModel)]="keeperId">
        @for (keeper of keepers; track keeper.id) {
          <option [value]="keeper.id">{{ keeper.name }}</option>
        }
      </select>
      <input name="start" type="datetime-local" [(ngModel)]="start" />
      <button type="submit">Book</button>
    </form>
    <p>{{ message }}</p>
  `,
})
export class ShiftFormComponent implements OnInit {
  keepers: Keeper[] = [];
  keeperId = 1;
  start = '';
  message = '';

  constructor(private keeperService: KeeperService) {}

  ngOnInit(): void {
    this.keeperService.list().subscribe((keepers) => {
      this.keepers = keepers;
      this.message = keepers.map((keeper) => `${keeper.name} (${keeper.station})`).join(', ');
    });
  }

  book(): void {
    this.keeperService.bookShift({ keeperId: this.keeperId, start: this.start }).subscribe((shift) => {
      this.message = `Shift ${shift.id}: ${shift.hours} hours`;
    });
  }
}
