import { Component } from '@angular/core';

import { LampListComponent } from './components/lamp-list.component';
import { ShiftFormComponent } from './components/shift-form.component';

@Component({
  selector: 'app-root',
  standalone: true,
  imports: [LampListComponent, ShiftFormComponent],
  template: `
    <h1>Lighthouse</h1>
    <app-lamp-list />
    <app-shift-form />
  `,
})
export class AppComponent {}
