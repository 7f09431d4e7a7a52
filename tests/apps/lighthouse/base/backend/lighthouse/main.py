from fastapi import FastAPI

from lighthouse.api import api

app = FastAPI(title="Lighthouse")
app.mount("/api", api)


@app.get("/healthz")
def healthz():
    return {"ok": True}
