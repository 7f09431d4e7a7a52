from fastapi import FastAPI

from app.routers import ratings, recipes

app = FastAPI(title="cookbook")
app.include_router(recipes.router, prefix="/api")
app.include_router(ratings.router, prefix="/api")


@app.get("/api/health")
def health() -> dict[str, bool]:
    return {"ok": True}
