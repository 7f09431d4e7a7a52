export { formatMoney, type Currency } from './format'
export { invoiceTotal, lineTotal } from './totals'
