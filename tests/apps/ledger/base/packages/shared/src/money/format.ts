export type Currency = 'EUR' | 'GBP' | 'USD'

export function formatMoney(cents: number, currency: Currency = 'EUR'): string {
  return new Intl.NumberFormat('en-IE', { style: 'currency', currency }).format(cents / 100)
}
