from robyn import Robyn

from kiosk.menu import menu
from kiosk.orders import orders

app = Robyn(__file__)
app.include_router(menu)
app.include_router(orders)

if __name__ == "__main__":
    app.start(host="0.0.0.0", port=8080)
