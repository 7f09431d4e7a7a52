import { Component } from '@angular/core';

import { LogListComponent } from './components/log-list.component';
import { OrderFormComponent } from './components/order-form.component';

@Component({
  selector: 'app-root',
  standalone: true,
  imports: [LogListComponent, OrderFormComponent],
  template: `<h1>Sawmill yard</h1><app-log-list /><app-order-form />`,
})
export class AppComponent {}
