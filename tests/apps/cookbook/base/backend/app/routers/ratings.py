from fastapi import APIRouter, HTTPException

from app import db
from app.schemas import RatingIn, RatingOut
from app.services.ratings import add_rating, summarize

router = APIRouter(prefix="/recipes/{recipe_id}/rating", tags=["ratings"])


@router.get("", response_model=RatingOut)
def read_rating(recipe_id: int):
    return summarize(recipe_id)


@router.post("", response_model=RatingOut)
def rate_recipe(recipe_id: int, body: RatingIn):
    if db.get_recipe(recipe_id) is None:
        raise HTTPException(status_code=404, detail="Recipe not found")
    return add_rating(recipe_id, body.stars)
