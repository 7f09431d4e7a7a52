import { NgFor } from '@angular/common';
import { Component, OnInit } from '@angular/core';
import { FormsModule } from '@angular/forms';

import { Order } from '../models';
import { OrderService } from '../services/order.service';

@Component({
  selector: 'app-order-form',
  standalone: true,
  imports: [FormsModule, NgFor],
  template: `
    <input [(ngModel)]="winery" placeholder="Winery" />
    <button (click)="place()">Order barrel {{ barrelId }}</button>
    <ul>
      <li *ngFor="let order of orders">{{ order.winery }}: {{ order.engraving }}</li>
    </ul>
  `,
})
export class OrderFormComponent implements OnInit {
  barrelId = 1;
  winery = '';
  orders: Order[] = [];

  constructor(private orderService: OrderService) {}

  ngOnInit(): void {
    this.orderService.list().subscribe((orders) => (this.orders = orders));
  }

  place(): void {
    this.orderService.place({ barrelId: this.barrelId, winery: this.winery }).subscribe((order) => {
      this.orders = [...this.orders, order];
    });
  }
}
