"""shopfront: Express + TypeScript API (a router tree mounted under /api, a serializer, a
service layer) and a SvelteKit frontend (load functions with SvelteKit's `fetch`, a `$lib`
API module, Svelte components)."""

ORDERS_ROUTER = "server/src/routes/orders.ts"

CHANGES = {
    # The refund route became /refunds; the frontend still posts to /refund.
    "refund-route-renamed": [
        ("edit", ORDERS_ROUTER, "ordersRouter.post('/:id/refund',", "ordersRouter.post('/:id/refunds',"),
    ],
    # The serializer sends `total` instead of `totalCents`; the orders page still maps it.
    "order-total-renamed": [
        ("edit", "server/src/serializers/order.ts", "    totalCents,\n", "    total: totalCents,\n"),
    ],
    # The auth middleware moved; the orders router was updated, the products router not.
    "auth-middleware-moved": [
        ("move", "server/src/middleware/auth.ts", "server/src/auth/middleware.ts"),
        ("edit", ORDERS_ROUTER, "from '../middleware/auth.js'", "from '../auth/middleware.js'"),
    ],
    # createOrder() takes one input object; the route still passes two arguments.
    "create-order-signature-changed": [
        ("edit", "server/src/services/orders.ts",
         "export function createOrder(userId: string, items: OrderItemInput[]): OrderRow {",
         "export function createOrder({ userId, items }: { userId: string; items: OrderItemInput[] }): OrderRow {"),
    ],
    # Refactor: /products/featured is now /products/highlights, and the home page follows.
    "refactor-featured-route-moved": [
        ("edit", "server/src/routes/products.ts", "productsRouter.get('/featured',", "productsRouter.get('/highlights',"),
        ("edit", "web/src/routes/+page.ts", "fetch('/api/products/featured')", "fetch('/api/products/highlights')"),
    ],
    # Refactor: formatPrice renamed to formatMoney in every component.
    "refactor-format-price-renamed": [
        ("edit", "web/src/lib/format.ts", "export function formatPrice(", "export function formatMoney("),
        ("edit", "web/src/lib/components/OrderRow.svelte", "import { formatDay, formatPrice }",
         "import { formatDay, formatMoney }"),
        ("edit", "web/src/lib/components/OrderRow.svelte", "{formatPrice(total)}", "{formatMoney(total)}"),
        ("edit", "web/src/lib/components/ProductCard.svelte", "import { formatPrice }", "import { formatMoney }"),
        ("edit", "web/src/lib/components/ProductCard.svelte", "{formatPrice(product.priceCents)}",
         "{formatMoney(product.priceCents)}"),
        ("edit", "web/src/routes/orders/[id]/+page.svelte", "import { formatPrice }", "import { formatMoney }"),
        ("edit", "web/src/routes/orders/[id]/+page.svelte", "{formatPrice(order.totalCents)}",
         "{formatMoney(order.totalCents)}"),
    ],
}
