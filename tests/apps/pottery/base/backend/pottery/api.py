from fastapi import FastAPI

from pottery.routers import firings, kilns

api = FastAPI(title="Pottery API")

api.include_router(kilns.router, prefix="/v2/kilns")
# the paths the first studio tablets were built against, kept while they are in use
api.include_router(kilns.router, prefix="/kilns", deprecated=True)
api.include_router(firings.router, prefix="/v2/firings")
