import { Component, Input } from '@angular/core';
import { Order } from '../models';

@Component({
  selector: 'app-order-row',
  standalone: true,
  template: `<span>#{{ job.id }} for {{ job.customer }}: {{ job.quantity }} × tool {{ job.toolId }}</span>`,
})
export class OrderRowComponent {
  @Input({ alias: 'order', required: true }) job!: Order;
}
