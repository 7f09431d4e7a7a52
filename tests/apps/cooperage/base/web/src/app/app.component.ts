import { Component } from '@angular/core';

import { BarrelListComponent } from './components/barrel-list.component';
import { OrderFormComponent } from './components/order-form.component';
import { OrderListComponent } from './components/order-list.component';

@Component({
  selector: 'app-root',
  standalone: true,
  imports: [BarrelListComponent, OrderFormComponent, OrderListComponent],
  template: `
    <h1>Cooperage</h1>
    <app-barrel-list />
    <app-order-form />
    <app-order-list />
  `,
})
export class AppComponent {}
