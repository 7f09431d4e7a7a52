from robyn import Robyn

from herbarium import loans, specimens

app = Robyn(__file__)
app.add_route("GET", "/api/specimens", specimens.list_specimens)
app.add_route("POST", "/api/specimens", specimens.collect)
app.add_route("POST", "/api/specimens/:specimen_id/press", specimens.press)
app.add_route("DELETE", "/api/specimens/:specimen_id", specimens.discard)
app.add_view("/api/loans/:loan_id", loans.loan)

if __name__ == "__main__":
    app.start(host="0.0.0.0", port=8080)
