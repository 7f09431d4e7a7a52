WINES = {
    1: {"id": 1, "name": "Rioja Reserva", "vintage": 2016, "rack": "A3", "opened_at": None},
    2: {"id": 2, "name": "Barolo", "vintage": 2018, "rack": "B1", "opened_at": None},
}
RACKS = [
    {"id": "A3", "humidity": 70, "temperature_c": 12},
    {"id": "B1", "humidity": 65, "temperature_c": 13},
]
