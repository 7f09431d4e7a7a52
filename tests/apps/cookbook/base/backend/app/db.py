RECIPES: dict[int, dict] = {
    1: {
        "id": 1,
        "title": "Pancakes",
        "cook_minutes": 20,
        "servings": 4,
        "ingredients": [
            {"name": "flour", "quantity": 200, "unit": "g"},
            {"name": "milk", "quantity": 300, "unit": "ml"},
            {"name": "eggs", "quantity": 2, "unit": "pc"},
        ],
        "steps": ["Whisk everything.", "Fry in a hot pan."],
    },
}

RATINGS: dict[int, list[int]] = {1: [5, 4]}


def get_recipe(recipe_id: int) -> dict | None:
    return RECIPES.get(recipe_id)


def all_recipes() -> list[dict]:
    return list(RECIPES.values())
