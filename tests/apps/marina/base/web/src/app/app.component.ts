import { Component } from '@angular/core';

import { BerthListComponent } from './components/berth-list.component';
import { VisitFormComponent } from './components/visit-form.component';
import { VisitListComponent } from './components/visit-list.component';

@Component({
  selector: 'app-root',
  standalone: true,
  imports: [BerthListComponent, VisitFormComponent, VisitListComponent],
  template: `
    <h1>Marina</h1>
    <app-berth-list />
    <app-visit-form />
    <app-visit-list />
  `,
})
export class AppComponent {}
