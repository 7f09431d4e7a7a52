import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { board, refund } from '../api';
import type { Ticket } from '../types';

@customElement('ticket-list')
export class TicketList extends LitElement {
  @property({ attribute: false }) tickets: Ticket[] = [];

  private async board(ticket: Ticket) {
    const boarded = await board(ticket.id);
    this.tickets = this.tickets.map((t) => (t.id === boarded.id ? boarded : t));
  }

  render() {
    return html`<ul>
      ${this.tickets.map(
        (ticket) => html`<li>
          ${ticket.passenger} ${ticket.vehicle ?? 'on foot'}
          ${ticket.boarded ? 'aboard' : html`<button @click=${() => this.board(ticket)}>Board</button>`}
          <button @click=${() => refund(ticket.id)}>Refund</button>
        </li>`,
      )}
    </ul>`;
  }
}
