import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Crossing } from '../types';

@customElement('crossing-card')
export class CrossingCard extends LitElement {
  @property({ attribute: false }) crossing!: Crossing;

  render() {
    return html`
      <article>
        <h2>${this.crossing.port}</h2>
        <p>Departs ${this.crossing.departs}, ${this.crossing.seats_left} seats left</p>
        <button @click=${() => this.dispatchEvent(new CustomEvent('buy'))}>Buy</button>
      </article>
    `;
  }
}
