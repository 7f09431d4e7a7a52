from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from .routers import orders, tools

app = FastAPI(title="smithy")
app.add_middleware(CORSMiddleware, allow_origins=["http://localhost:4200"], allow_methods=["*"])
app.include_router(tools.router, prefix="/api")
app.include_router(orders.router, prefix="/api")
