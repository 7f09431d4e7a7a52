"""ledger: a pnpm monorepo — packages/api (Hono), packages/web (React, TanStack Query, a
typed `apiFetch` wrapper) and packages/shared (zod schemas and money helpers re-exported
through barrels, reached by the package's `exports` and tsconfig `paths`)."""

SHARED = "packages/shared/src"
WEB = "packages/web/src"
INVOICE_ROUTES = "packages/api/src/routes/invoices.ts"

CHANGES = {
    # The schemas barrel stops re-exporting newInvoiceSchema; the API route and the web form
    # still import it from @ledger/shared.
    "schema-dropped-from-barrel": [
        ("edit", f"{SHARED}/schemas/index.ts", "  newInvoiceSchema,\n", ""),
    ],
    # The send action became /issue; the web client still posts to /send.
    "send-route-renamed": [
        ("edit", INVOICE_ROUTES, "invoiceRoutes.post('/:id/send',", "invoiceRoutes.post('/:id/issue',"),
    ],
    # The invoice summary sends `totalCents`; the table still shows `invoice.grossCents`.
    "gross-renamed": [
        ("edit", "packages/api/src/services/invoices.ts", "    grossCents: totals.gross,", "    totalCents: totals.gross,"),
    ],
    # formatMoney() takes the currency first; every caller passes the amount alone.
    "format-money-signature-changed": [
        ("edit", f"{SHARED}/money/format.ts",
         "export function formatMoney(cents: number, currency: Currency = 'EUR'): string {",
         "export function formatMoney(currency: Currency, cents: number): string {"),
    ],
    # schemas/customer.ts renamed to customers.ts; the barrel still re-exports './customer'.
    "customer-schema-file-renamed": [
        ("move", f"{SHARED}/schemas/customer.ts", f"{SHARED}/schemas/customers.ts"),
    ],
    # Refactor: invoiceTotal renamed to computeTotals, through the barrel, in both packages.
    "refactor-invoice-total-renamed": [
        ("edit", f"{SHARED}/money/totals.ts", "export function invoiceTotal(", "export function computeTotals("),
        ("edit", f"{SHARED}/money/index.ts", "export { invoiceTotal, lineTotal }", "export { computeTotals, lineTotal }"),
        ("edit", "packages/api/src/services/invoices.ts", "import { invoiceTotal, type Invoice",
         "import { computeTotals, type Invoice"),
        ("edit", "packages/api/src/services/invoices.ts", "const totals = invoiceTotal(invoice.lines)",
         "const totals = computeTotals(invoice.lines)"),
        ("edit", f"{WEB}/components/NewInvoiceForm.tsx", "import { invoiceTotal, formatMoney",
         "import { computeTotals, formatMoney"),
        ("edit", f"{WEB}/components/NewInvoiceForm.tsx", "const totals = invoiceTotal(lines)",
         "const totals = computeTotals(lines)"),
    ],
    # Refactor: /api/customers is now /api/clients, and the web client follows.
    "refactor-customers-route-moved": [
        ("edit", "packages/api/src/app.ts", "app.route('/customers', customerRoutes)", "app.route('/clients', customerRoutes)"),
        ("edit", f"{WEB}/api/customers.ts", "apiFetch<Customer[]>('/customers')", "apiFetch<Customer[]>('/clients')"),
        ("edit", f"{WEB}/api/customers.ts", "apiFetch<Customer>('/customers',", "apiFetch<Customer>('/clients',"),
    ],
}
