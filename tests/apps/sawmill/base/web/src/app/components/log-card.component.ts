import { Component, EventEmitter, Input, Output } from '@angular/core';

import { Log } from '../models';

@Component({
  selector: 'app-log-card',
  standalone: true,
  templateUrl: './log-card.component.html',
})
export class LogCardComponent {
  @Input({ required: true }) log!: Log;
  @Output() mill = new EventEmitter<number>();

  get label(): string {
    return `${this.log.species} (grade ${this.log.grade})`;
  }
}
