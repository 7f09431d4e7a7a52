from fastapi import FastAPI

from app.routers import shifts, staff

app = FastAPI(title="roster")
app.include_router(shifts.router, prefix="/api")
app.include_router(staff.router, prefix="/api")
