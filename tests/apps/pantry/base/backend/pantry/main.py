from aiohttp import web

from pantry import items, orders

api = web.Application()
api.add_routes(items.routes)
api.add_routes(orders.routes)

app = web.Application()
app.add_subapp("/api", api)

if __name__ == "__main__":
    web.run_app(app, port=8080)
