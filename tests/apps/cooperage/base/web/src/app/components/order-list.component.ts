import { AsyncPipe } from '@angular/common';
import { Component } from '@angular/core';

import { OrderService } from '../services/order.service';

@Component({
  selector: 'app-order-list',
  standalone: true,
  imports: [AsyncPipe],
  template: `
    <table>
      @for (order of orders$ | async; track order.id) {
        <tr>
          <td>{{ order.winery }}</td>
          <td>barrel {{ order.barrelId }}</td>
        </tr>
      } @empty {
        <tr><td>No orders yet</td></tr>
      }
    </table>
  `,
})
export class OrderListComponent {
  readonly orders$ = this.orderService.list();

  constructor(private orderService: OrderService) {}
}
