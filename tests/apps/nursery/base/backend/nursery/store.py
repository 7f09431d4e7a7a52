PLANTS: dict[int, dict] = {
    1: {"id": 1, "name": "Japanese maple", "genus": "Acer", "price": 42.0, "in_stock": 3},
    2: {"id": 2, "name": "Lavender", "genus": "Lavandula", "price": 6.5, "in_stock": 40},
}
ORDERS: dict[int, dict] = {}
