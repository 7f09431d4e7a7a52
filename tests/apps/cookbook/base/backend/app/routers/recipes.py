from fastapi import APIRouter, HTTPException

from app import db
from app.schemas import RecipeOut, RecipeSummary
from app.services.scaling import scale_recipe

router = APIRouter(prefix="/recipes", tags=["recipes"])


@router.get("", response_model=list[RecipeSummary])
def list_recipes():
    return db.all_recipes()


@router.get("/{recipe_id}", response_model=RecipeOut)
def read_recipe(recipe_id: int, servings: int | None = None):
    recipe = db.get_recipe(recipe_id)
    if recipe is None:
        raise HTTPException(status_code=404, detail="Recipe not found")
    if servings:
        recipe = scale_recipe(recipe, servings)
    return recipe
