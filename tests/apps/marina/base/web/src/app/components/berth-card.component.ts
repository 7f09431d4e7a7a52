import { Component, EventEmitter, Input, Output } from '@angular/core';

import { Berth } from '../models';

@Component({
  selector: 'app-berth-card',
  standalone: true,
  template: `
    <div class="berth" [class.taken]="berth.occupiedBy">
      <strong>{{ berth.code }}</strong> · pier {{ berth.pier }} · {{ berth.length }} m
      @if (berth.occupiedBy) {
        <span>{{ berth.occupiedBy }}</span>
        <button (click)="release.emit(berth.id)">Release</button>
      }
    </div>
  `,
})
export class BerthCardComponent {
  @Input({ required: true }) berth!: Berth;
  @Output() release = new EventEmitter<number>();
}
