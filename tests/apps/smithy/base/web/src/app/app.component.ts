import { Component } from '@angular/core';
import { OrderBookComponent } from './components/order-book.component';
import { ToolRackComponent } from './components/tool-rack.component';

@Component({
  selector: 'app-root',
  standalone: true,
  imports: [ToolRackComponent, OrderBookComponent],
  template: `<app-tool-rack /><app-order-book />`,
})
export class AppComponent {}
