import { Component, OnInit } from '@angular/core';

import { Lamp } from '../models';
import { LampService } from '../services/lamp.service';

@Component({
  selector: 'app-lamp-list',
  standalone: true,
  template: `
    <p>{{ summary }}</p>
    <ul>
      @for (lamp of lamps; track lamp.id) {
        <li>{{ lamp.name }} <button (click)="light(lamp.id)">Light</button></li>
      }
    </ul>
  `,
})
export class LampListComponent implements OnInit {
  lamps: Lamp[] = [];
  summary = '';

  constructor(private lampService: LampService) {}

  ngOnInit(): void {
    this.lampService.list().subscribe((lamps) => {
      this.lamps = lamps;
      const farthest = Math.max(...lamps.map((lamp) => lamp.rangeNm));
      this.summary = `${lamps.filter((lamp) => lamp.lit).length} lit, farthest ${farthest} nm`;
    });
  }

  light(id: number): void {
    this.lampService.light(id).subscribe((lamp) => {
      this.summary = `${lamp.name} is lit`;
    });
  }

  dim(id: number): void {
    this.lampService.setWattage(id, 250).subscribe();
  }
}
