from pydantic import BaseModel


class Ingredient(BaseModel):
    name: str
    quantity: float
    unit: str


class RecipeSummary(BaseModel):
    id: int
    title: str
    cook_minutes: int


class RecipeOut(BaseModel):
    id: int
    title: str
    cook_minutes: int
    servings: int
    ingredients: list[Ingredient]
    steps: list[str]


class RatingIn(BaseModel):
    stars: int


class RatingOut(BaseModel):
    recipe_id: int
    average: float
    count: int
