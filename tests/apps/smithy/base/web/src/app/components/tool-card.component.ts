import { Component, input, output } from '@angular/core';
import { Tool } from '../models';

@Component({
  selector: 'app-tool-card',
  standalone: true,
  template: `
    <h3>{{ tool().name }} ({{ tool().steel }})</h3>
    <p>Edge {{ tool().edgeAngle }}°, HRC {{ tool().hardness }}</p>
    <button (click)="sharpen.emit(tool().id)">Sharpen</button>
  `,
})
export class ToolCardComponent {
  tool = input.required<Tool>();
  sharpen = output<number>();
}
