import { Component } from '@angular/core';
import { FormsModule } from '@angular/forms';

import { CutOrder } from '../models';
import { OrderService } from '../services/order.service';

@Component({
  selector: 'app-order-form',
  standalone: true,
  imports: [FormsModule],
  templateUrl: './order-form.component.html',
})
export class OrderFormComponent {
  logId = 1;
  thickness = 27;
  placed: CutOrder | null = null;

  constructor(private orders: OrderService) {}

  place(): void {
    this.orders.create({ log: this.logId, thickness_mm: this.thickness }).subscribe((order) => {
      this.placed = order;
    });
  }
}
