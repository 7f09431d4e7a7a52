from sanic import Blueprint, Sanic

from bakery.cakes import cakes
from bakery.orders import orders

app = Sanic("bakery")
api = Blueprint.group(cakes, orders, url_prefix="/api")
app.blueprint(api)
