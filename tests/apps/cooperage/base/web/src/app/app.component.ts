import { Component } from '@angular/core';

import { BarrelListComponent } from './components/barrel-list.component';
import { OrderFormComponent } from './components/order-form.component';

@Component({
  selector: 'app-root',
  standalone: true,
  imports: [BarrelListComponent, OrderFormComponent],
  template: `
    <h1>Cooperage</h1>
    <app-barrel-list />
    <app-order-form />
  `,
})
export class AppComponent {}
