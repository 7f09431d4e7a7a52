from fastapi import FastAPI

from lighthouse.routers import keepers, lamps

api = FastAPI(title="Lighthouse API")
api.include_router(lamps.router, prefix="/lamps", tags=["lamps"])
api.include_router(keepers.router)
