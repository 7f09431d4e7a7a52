import { LitElement, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { buyTicket, listCrossings, listTickets } from '../api';
import type { Crossing, Ticket } from '../types';
import './crossing-card';
import './ticket-list';

@customElement('ferry-app')
export class FerryApp extends LitElement {
  @state() private crossings: Crossing[] = [];
  @state() private tickets: Ticket[] = [];

  async connectedCallback() {
    super.connectedCallback();
    this.crossings = await listCrossings();
    this.tickets = await listTickets();
  }

  private async buy(crossing: Crossing) {
    const ticket = await buyTicket(crossing.id, 'Guest');
    this.tickets = [...this.tickets, ticket];
  }

  render() {
    return html`
      <h1>Ferries</h1>
      ${this.crossings.map(
        (crossing) => html`<crossing-card .crossing=${crossing} @buy=${() => this.buy(crossing)}></crossing-card>`,
      )}
      <ticket-list .tickets=${this.tickets}></ticket-list>
    `;
  }
}
