const money = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' })

export function formatPrice(cents: number): string {
  return money.format(cents / 100)
}

export function formatDay(iso: string): string {
  return new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short' })
}
