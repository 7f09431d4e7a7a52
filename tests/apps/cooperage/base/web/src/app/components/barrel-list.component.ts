import { Component, OnInit } from '@angular/core';

import { Barrel } from '../models';
import { BarrelService } from '../services/barrel.service';

@Component({
  selector: 'app-barrel-list',
  standalone: true,
  template: `
    <ul>
      @for (barrel of barrels; track barrel.id) {
        <li>
          {{ barrel.wood }}, {{ barrel.litres }} l, {{ barrel.toast }} toast
          <button (click)="toast(barrel.id)">Toast heavier</button>
        </li>
      }
    </ul>
    <p>{{ note }}</p>
  `,
})
export class BarrelListComponent implements OnInit {
  barrels: Barrel[] = [];
  note = '';

  constructor(private barrelService: BarrelService) {}

  ngOnInit(): void {
    this.barrelService.list().subscribe((barrels) => (this.barrels = barrels));
  }

  toast(barrelId: number): void {
    this.barrelService.toast(barrelId, 'heavy').subscribe((barrel) => {
      this.note = `Back in ${barrel.toastMinutes} minutes`;
    });
  }
}
