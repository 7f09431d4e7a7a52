from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from pottery.api import api

app = FastAPI(title="Pottery")
app.mount("/api", api)
app.mount("/", StaticFiles(directory="build", html=True), name="web")
