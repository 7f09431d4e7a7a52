import { Component, OnInit, inject } from '@angular/core';
import { Order } from '../models';
import { OrderService } from '../services/order.service';
import { OrderRowComponent } from './order-row.component';

@Component({
  selector: 'app-order-book',
  standalone: true,
  imports: [OrderRowComponent],
  template: `
    <ul>
      @for (order of orders; track order.id) {
        <li><app-order-row [order]="order" /> {{ order.status }}</li>
      }
    </ul>
    <button (click)="place()">Order a froe</button>
  `,
})
export class OrderBookComponent implements OnInit {
  private orderService = inject(OrderService);
  orders: Order[] = [];

  ngOnInit() {
    this.orderService.list().subscribe((orders) => (this.orders = orders));
  }

  place() {
    this.orderService.place({ toolId: 1, quantity: 2, customer: 'Cooper' })
      .subscribe((order) => (this.orders = [...this.orders, order]));
  }
}
